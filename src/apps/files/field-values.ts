import { toText } from '../../iml';
import { AppError } from './app-error';

const encoder = new TextEncoder();

const missing = (v: unknown) => v === undefined || v === null || v === '';

/**
 * A mapped binary field as bytes: a buffer as it is, text as UTF-8 (Make's type coercion,
 * MAKE-REFERENCE.md §3.7), anything else a DataError naming the field.
 *
 * @example bytesField({ data: 'hi' }, 'data', 'Data', 'FILES'); // Uint8Array [104, 105]
 */
export function bytesField(
  input: Record<string, unknown>,
  name: string,
  label: string,
  app: string,
): Uint8Array {
  const v = input[name];
  if (missing(v)) throw new AppError(`${app}_E001`, 'DataError', `${label} is required`);
  if (v instanceof Uint8Array) return v;
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    return encoder.encode(String(v));
  throw new AppError(`${app}_E002`, 'DataError', `${label} must be binary data or text`);
}

/**
 * A mapped text field: `undefined` when empty and optional, else its text.
 *
 * @example textField({ name: 'a' }, 'name', 'Name', 'FILES', true); // 'a'
 */
export function textField(
  input: Record<string, unknown>,
  name: string,
  label: string,
  app: string,
  required: boolean,
): string | undefined {
  const v = input[name];
  if (missing(v)) {
    if (required) throw new AppError(`${app}_E001`, 'DataError', `${label} is required`);
    return undefined;
  }
  if (typeof v === 'object' && !(v instanceof Date))
    throw new AppError(`${app}_E002`, 'DataError', `${label} must be text`);
  return toText(v);
}

/**
 * A whole number field within bounds, or its default when empty.
 *
 * @example integerField({ w: '20' }, 'w', 'Width', 'IMAGE', 1, 10000, undefined); // 20
 */
export function integerField(
  input: Record<string, unknown>,
  name: string,
  label: string,
  app: string,
  min: number,
  max: number,
  fallback: number | undefined,
): number | undefined {
  const v = input[name];
  if (missing(v)) return fallback;
  const n = typeof v === 'number' ? v : Number(toText(v));
  if (!Number.isInteger(n) || n < min || n > max)
    throw new AppError(
      `${app}_E002`,
      'DataError',
      `${label} must be a whole number from ${min} to ${max}`,
    );
  return n;
}

/** A boolean field as Make coerces it: `"false"` and empty text are false. */
export function booleanField(input: Record<string, unknown>, name: string, fallback: boolean) {
  const v = input[name];
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'string') return v !== '' && v.toLowerCase() !== 'false';
  return Boolean(v);
}
