/**
 * Make's type-coercion table (help.make.com/type-coercion; MAKE-REFERENCE.md §3.7), shared by the
 * evaluator, the filter operators, the engine and the modules.
 */
import { textToDate } from './dates/text-to-date';
import { ERASE, IGNORE } from './types';

const utf8 = new TextDecoder();

/** True for a plain collection (not an array, date, binary or null). */
export function isCollection(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Date) &&
    !(v instanceof Uint8Array)
  );
}

/** JSON text of a value, with dates as ISO text and binary as its UTF-8 text. */
export function toJsonText(v: unknown): string {
  return JSON.stringify(v, (_key, x: unknown) => (x instanceof Uint8Array ? utf8.decode(x) : x));
}

/**
 * Text as Make makes it: collections become JSON, arrays a comma-separated list, dates ISO 8601,
 * binary its UTF-8 text, empty values empty text.
 *
 * @example
 * toText({ a: 1 }); // '{"a":1}'
 * toText([1, 'b']); // '1, b'
 */
export function toText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null || v === undefined || v === IGNORE || v === ERASE) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  if (v instanceof Uint8Array) return utf8.decode(v);
  if (Array.isArray(v))
    return v.map((x) => (isCollection(x) ? toJsonText(x) : toText(x))).join(', ');
  if (typeof v === 'object') return toJsonText(v);
  return String(v);
}

/**
 * A number, or undefined when the value is none: text is trimmed and must be a whole decimal
 * number (`'1e3'` and `'0x10'` count, `''` does not); booleans are 1/0; dates their milliseconds.
 *
 * @example
 * toNumber(' 42 '); // 42
 * toNumber('4 apples'); // undefined
 */
export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isNaN(v) ? undefined : v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return undefined;
    const n = Number(t);
    return Number.isNaN(n) ? undefined : n;
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
}

/**
 * Make's boolean: numbers are true even when 0; text is false only when empty or `false`;
 * anything else is true when it exists.
 *
 * @example
 * toBoolean(0); // true
 * toBoolean('false'); // false
 */
export function toBoolean(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return true;
  if (typeof v === 'string') return v !== '' && v !== 'false';
  return v !== null && v !== undefined && v !== IGNORE;
}

/**
 * A date: numbers are milliseconds since 1970 (UTC); text is parsed as Make does, zone-less text
 * in `tz` (UTC unless given); undefined when the value is no date.
 *
 * @example
 * toDate(0)?.toISOString(); // '1970-01-01T00:00:00.000Z'
 * toDate('20.6.2016')?.toISOString(); // '2016-06-20T00:00:00.000Z'
 */
export function toDate(v: unknown, tz = 'UTC'): Date | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v;
  if (typeof v === 'number') return Number.isFinite(v) ? new Date(v) : undefined;
  if (typeof v === 'string') return textToDate(v, tz);
  return undefined;
}

/** Empty as `ifempty` and filters mean it: missing, null, empty text or an empty array. */
export function isEmpty(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    v === '' ||
    v === IGNORE ||
    v === ERASE ||
    (Array.isArray(v) && v.length === 0)
  );
}
