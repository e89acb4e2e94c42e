import { toText } from '../../iml';

const utf8 = new TextDecoder();

/** `space` parameter → JSON.stringify's indent: a number of spaces (0–10) or `tab`. */
export function indentOf(space: unknown): string | number | undefined {
  if (space === 'tab' || space === '\t') return '\t';
  const n = Number(toText(space));
  return Number.isInteger(n) && n > 0 ? Math.min(n, 10) : undefined;
}

/**
 * JSON text of a mapped value: dates as ISO text, binary as its UTF-8 text (as Make's
 * `toString` of a buffer), undefined fields left out.
 *
 * @example toJson({ a: new Date(0) }, 2); // '{\n  "a": "1970-01-01T00:00:00.000Z"\n}'
 */
export function toJson(value: unknown, indent?: string | number): string {
  const text = JSON.stringify(
    value,
    (_k, v: unknown) => (v instanceof Uint8Array ? utf8.decode(v) : v),
    indent,
  );
  return text ?? 'null';
}
