import { toBoolean, toText } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import type { PatternFlags } from './compile-pattern';
import { compilePattern, isGlobal } from './compile-pattern';

const flagParams = [
  field('global', 'Global match', 'boolean', {
    default: false,
    help: 'Return every match, one bundle each.',
  }),
  field('sensitive', 'Case sensitive', 'boolean', { default: true }),
  field('multiline', 'Multiline', 'boolean', {
    default: false,
    help: '^ and $ match at line breaks.',
  }),
  field('singleline', 'Singleline', 'boolean', {
    default: false,
    help: '. also matches line breaks.',
  }),
];

/** One match as Make's bundle: `$1`, `$2`, … and named groups by name (ADR 0506). */
function matchBundle(m: RegExpExecArray, index: number, total: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let g = 1; g < m.length; g++) out[`$${g}`] = m[g] ?? '';
  for (const [name, value] of Object.entries(m.groups ?? {})) out[name] = value ?? '';
  out.__IMTMATCH__ = m[0];
  out.__IMTINDEX__ = index;
  out.__IMTLENGTH__ = total;
  return out;
}

/**
 * Text parser › Match pattern: the pattern and flags sit in `parameters` and only `text` in the
 * mapper (MAKE-OUTPUTS.md §10). Without a match there is no bundle, unless "continue the
 * execution of the route even if the module finds no matches" is on.
 */
export const parser = defineModule(
  {
    id: 'regexp:Parser',
    label: 'Match pattern',
    description: 'Finds a regular expression in a text and outputs its groups.',
    kind: 'transformer',
    parameters: [
      field('pattern', 'Pattern', 'text', { required: true }),
      ...flagParams,
      field(
        'continueWhenNoRes',
        'Continue the execution of the route even if the module finds no matches',
        'boolean',
        { default: false },
      ),
    ],
    mapper: [field('text', 'Text', 'text', { required: true })],
    output: [
      field('$1', '$1', 'text'),
      field('__IMTMATCH__', 'Match', 'text'),
      field('__IMTINDEX__', 'Bundle order position', 'integer'),
      field('__IMTLENGTH__', 'Total number of bundles', 'integer'),
    ],
  },
  {
    run(ctx, input) {
      const p = ctx.parameters;
      const flags = p as unknown as PatternFlags;
      const re = compilePattern(p.pattern, flags);
      const text = toText(asRecord(input).text);
      const found: RegExpExecArray[] = [];
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        found.push(m);
        if (!isGlobal(flags)) break;
        if (m[0] === '') re.lastIndex++;
      }
      if (found.length === 0) {
        const go = p.continueWhenNoRes !== undefined && toBoolean(p.continueWhenNoRes);
        return go ? [{ __IMTLENGTH__: 0 }] : [];
      }
      return found.map((m, i) => matchBundle(m, i + 1, found.length));
    },
  },
);

/** Text parser › Replace: `text` with matches replaced by `value` (`$1`, `$<name>` allowed). */
export const replace = defineModule(
  {
    id: 'regexp:Replace',
    label: 'Replace',
    description: 'Replaces matches of a regular expression in a text.',
    kind: 'transformer',
    mapper: [
      field('pattern', 'Pattern', 'text', { required: true }),
      field('value', 'New value', 'text', { help: '$1, $2 … and $<name> insert groups.' }),
      ...flagParams,
      field('text', 'Text', 'text', { required: true }),
    ],
    output: [field('text', 'Text', 'text')],
  },
  {
    run(_ctx, input) {
      const m = asRecord(input);
      const flags = m as unknown as PatternFlags;
      const re = compilePattern(m.pattern, flags);
      const text = toText(m.text);
      const value = toText(m.value);
      const out = isGlobal(flags)
        ? text.replace(re, value)
        : text.replace(new RegExp(re.source, re.flags.replace('g', '')), value);
      return [{ text: out }];
    },
  },
);
