import { toText } from '../../iml';
import type { CounterReset } from '../contract';
import { asRecord, defineModule, field } from '../define';

/** Increment function: `i` from 1, reset per cycle, per execution or never (MAKE-REFERENCE.md §2.7). */
export const increment = defineModule(
  {
    id: 'util:FunctionIncrement',
    label: 'Increment function',
    description: 'Returns a value incremented by one each time the module runs.',
    kind: 'transformer',
    parameters: [
      field('reset', 'Reset a value', 'select', {
        default: 'run',
        options: [
          { value: 'run', label: 'After one cycle' },
          { value: 'execution', label: 'After one scenario run' },
          { value: 'scenario', label: 'Never' },
        ],
      }),
    ],
    output: [field('i', 'i', 'number')],
  },
  {
    async run(ctx) {
      const reset = ctx.parameters.reset;
      const mode: CounterReset = reset === 'execution' || reset === 'scenario' ? reset : 'run';
      return [{ i: await ctx.increment(mode) }];
    },
  },
);

/** Compose a string: output `value` as text (MAKE-OUTPUTS.md §1). */
export const compose = defineModule(
  {
    id: 'util:ComposeTransformer',
    label: 'Compose a string',
    description: 'Builds a text from mapped values.',
    kind: 'transformer',
    mapper: [field('value', 'Text', 'text')],
    output: [field('value', 'Text', 'text')],
  },
  { run: (_ctx, input) => [{ value: toText(asRecord(input).value) }] },
);

/** Switch: the first case whose pattern equals (or, with regex, matches) the input gives `output`. */
export const switcher = defineModule(
  {
    id: 'util:Switcher',
    label: 'Switch',
    description:
      'Checks the input against a list of values and returns the output of the first match.',
    kind: 'transformer',
    mapper: [
      field('input', 'Input', 'text'),
      field('useRegExpMatch', 'Use regular expressions to match', 'boolean', { default: false }),
      field('casesTable', 'Cases', 'array', {
        spec: [field('pattern', 'Pattern', 'text'), field('output', 'Output', 'any')],
      }),
      field('elseOutput', 'Else', 'any'),
    ],
    output: [field('output', 'Output', 'any')],
  },
  {
    run(_ctx, input) {
      const m = asRecord(input);
      const text = toText(m.input);
      const regex = m.useRegExpMatch === true || m.useRegExpMatch === 'true';
      for (const c of Array.isArray(m.casesTable) ? m.casesTable : []) {
        const row = asRecord(c);
        const pattern = toText(row.pattern);
        if (regex ? new RegExp(pattern).test(text) : pattern === text)
          return [{ output: row.output }];
      }
      return [{ output: m.elseOutput ?? null }];
    },
  },
);

/** Basic trigger: the bundles written in its parameters, in the first cycle only. */
export const basicTrigger = defineModule(
  {
    id: 'util:BasicTrigger',
    label: 'Basic trigger',
    description: 'Starts the scenario with bundles of name/value pairs.',
    kind: 'trigger',
    parameters: [
      field('values', 'Bundles', 'array', {
        spec: [
          field('spec', 'Items', 'array', {
            spec: [field('name', 'Name', 'text'), field('value', 'Value', 'any')],
          }),
        ],
      }),
    ],
  },
  {
    read(ctx) {
      if (ctx.cycle > 1) return [];
      const values = ctx.parameters.values;
      return (Array.isArray(values) ? values : []).map((b) => {
        const pairs = asRecord(b).spec;
        const out: Record<string, unknown> = {};
        for (const p of Array.isArray(pairs) ? pairs : [])
          out[toText(asRecord(p).name)] = asRecord(p).value;
        return out;
      });
    },
  },
);
