import { toBoolean, toText } from '../../iml';
import { badPattern, patternRequired } from './errors';

/** Make's text-parser flags: global, case sensitive, multiline, singleline (dot matches newline). */
export interface PatternFlags {
  global: unknown;
  sensitive: unknown;
  multiline: unknown;
  singleline: unknown;
}

const on = (v: unknown, fallback: boolean) =>
  v === undefined || v === null || v === '' ? fallback : toBoolean(v);

/**
 * A JavaScript RegExp for a text-parser pattern. Case sensitive is on unless turned off, as in
 * Make; the `g` flag is always set so matching can walk every match.
 *
 * @example compilePattern('(\\d+)', { global: true, sensitive: false, multiline: false, singleline: false }).flags; // 'gi'
 */
export function compilePattern(pattern: unknown, flags: PatternFlags): RegExp {
  const source = toText(pattern);
  if (source === '') throw patternRequired();
  let f = 'gu';
  if (!on(flags.sensitive, true)) f += 'i';
  if (on(flags.multiline, false)) f += 'm';
  if (on(flags.singleline, false)) f += 's';
  try {
    return new RegExp(source, f);
  } catch (e) {
    try {
      // Patterns written for non-Unicode engines (e.g. `\-` outside classes) still work without `u`.
      return new RegExp(source, f.replace('u', ''));
    } catch {
      throw badPattern(source, (e as Error).message);
    }
  }
}

export const isGlobal = (flags: PatternFlags) => on(flags.global, false);
