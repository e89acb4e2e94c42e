/**
 * Semantics of IML's binary operators. Arithmetic needs numbers (text holding a number counts;
 * dates count as their milliseconds, so `date2 - date1` is a duration in ms); `+` joins text when
 * either side is text (MAKE-OUTPUTS.md §15, docs/adr/0102). Comparisons are numeric when both
 * sides are numbers, by time when one side is a date, else by text.
 */
import type { BinaryOp } from './ast';
import { isCollection, toDate, toJsonText, toNumber, toText } from './coercion';
import { describe, divisionByZero, fail, notANumber, type Span } from './errors';

const NO_SPAN: Span = [0, 0];

// ISO 8601 date-time text (how JSON carries dates) counts as a date in arithmetic.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

function number(v: unknown, op: string, span: Span): number {
  const n = typeof v === 'string' && ISO_DATE_TIME.test(v) ? toDate(v)?.getTime() : toNumber(v);
  if (n === undefined)
    return fail(notANumber(`Operator '${op}' needs numbers, but got ${describe(v)}.`, [...span]));
  return n;
}

/** `a = b` as IML compares: loosely across text/number/date, deeply for arrays and collections. */
export function equals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return false;
  if (a === null || a === undefined || b === null || b === undefined) {
    return (a === null || a === undefined) && (b === null || b === undefined);
  }
  if (a instanceof Date || b instanceof Date) {
    const x = toDate(a);
    const y = toDate(b);
    return x !== undefined && y !== undefined && x.getTime() === y.getTime();
  }
  if (typeof a === 'number' || typeof b === 'number') {
    const x = toNumber(a);
    const y = toNumber(b);
    if (x !== undefined && y !== undefined && typeof a !== 'boolean' && typeof b !== 'boolean') {
      return x === y;
    }
  }
  if (Array.isArray(a) || Array.isArray(b) || isCollection(a) || isCollection(b)) {
    return toJsonText(a) === toJsonText(b);
  }
  return toText(a) === toText(b);
}

/** Ordering for `<` `>` `<=` `>=`: negative, 0, positive; undefined when not comparable. */
export function compare(a: unknown, b: unknown): number | undefined {
  if (a === null || a === undefined || b === null || b === undefined) return undefined;
  if (a instanceof Date || b instanceof Date) {
    const x = toDate(a);
    const y = toDate(b);
    return x === undefined || y === undefined ? undefined : x.getTime() - y.getTime();
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (x !== undefined && y !== undefined) return x - y;
  const s = toText(a);
  const t = toText(b);
  return s < t ? -1 : s > t ? 1 : 0;
}

/** Apply a non-logical binary operator (`&` and `|` short-circuit in the compiler). */
export function applyBinary(op: BinaryOp, a: unknown, b: unknown, span: Span = NO_SPAN): unknown {
  switch (op) {
    case '+':
      if (typeof a === 'number' && typeof b === 'number') return a + b;
      if (typeof a === 'string' || typeof b === 'string') return toText(a) + toText(b);
      return number(a, op, span) + number(b, op, span);
    case '-':
      return number(a, op, span) - number(b, op, span);
    case '*':
      return number(a, op, span) * number(b, op, span);
    case '/': {
      const d = number(b, op, span);
      const n = number(a, op, span);
      if (d === 0) return fail(divisionByZero('Division by zero.', [...span]));
      return n / d;
    }
    case '%': {
      const d = number(b, op, span);
      const n = number(a, op, span);
      if (d === 0) return fail(divisionByZero('Remainder of a division by zero.', [...span]));
      return n % d;
    }
    case '=':
      return equals(a, b);
    case '!=':
      return !equals(a, b);
    default: {
      const c = compare(a, b);
      if (c === undefined) return false;
      if (op === '<') return c < 0;
      if (op === '>') return c > 0;
      if (op === '<=') return c <= 0;
      return c >= 0;
    }
  }
}
