/**
 * Argument coercion for functions, following Make's coercion table; a value that cannot be
 * coerced stops the field with a type error naming the function.
 */
import { isCollection, toDate, toNumber, toText } from '../coercion';
import { describe, fail, notACollection, notADate, notANumber, notAnArray } from '../errors';

export function num(v: unknown, fn: string): number {
  const n = toNumber(v);
  if (n === undefined) return fail(notANumber(`${fn}() needs a number, but got ${describe(v)}.`));
  return n;
}

/** An optional number: undefined when the argument is empty. */
export function optNum(v: unknown, fn: string): number | undefined {
  return v === undefined || v === null || v === '' ? undefined : num(v, fn);
}

export function int(v: unknown, fn: string): number {
  return Math.trunc(num(v, fn));
}

export function text(v: unknown): string {
  return toText(v);
}

export function date(v: unknown, fn: string, tz: string): Date {
  const d = toDate(v, tz);
  if (d === undefined) return fail(notADate(`${fn}() needs a date, but got ${describe(v)}.`));
  return d;
}

/** Make wraps a non-array into a one-element array (coercion table); empty is an empty array. */
export function arr(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v === undefined || v === null) return [];
  return [v];
}

/** A strict array: for functions whose meaning depends on it (`length`, `contains`). */
export function strictArr(v: unknown, fn: string): unknown[] {
  if (!Array.isArray(v)) return fail(notAnArray(`${fn}() needs an array, but got ${describe(v)}.`));
  return v;
}

export function collection(v: unknown, fn: string): Record<string, unknown> {
  if (!isCollection(v)) {
    return fail(notACollection(`${fn}() needs a collection, but got ${describe(v)}.`));
  }
  return v;
}

/** True for missing or null. */
export const isNil = (v: unknown): v is null | undefined => v === undefined || v === null;
