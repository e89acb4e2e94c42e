/**
 * Adds one name/value pair to a bundle as Make's gateway does: a repeated name becomes an array
 * of its values in order, and `name[]` always makes an array.
 *
 * @example
 * const out = {}; addField(out, 'box', 'a'); addField(out, 'box', 'b'); // out.box = ['a', 'b']
 */
export function addField(out: Record<string, unknown>, rawName: string, value: unknown): void {
  const forceArray = rawName.endsWith('[]');
  const name = forceArray ? rawName.slice(0, -2) : rawName;
  if (!Object.hasOwn(out, name)) {
    out[name] = forceArray ? [value] : value;
    return;
  }
  const prev = out[name];
  out[name] = Array.isArray(prev) ? [...prev, value] : [prev, value];
}

/** Fields of a query string or an `x-www-form-urlencoded` body (`+` is a space). */
export function parseUrlEncoded(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const raw = text.startsWith('?') ? text.slice(1) : text;
  if (raw === '') return out;
  new URLSearchParams(raw).forEach((value, name) => addField(out, name, value));
  return out;
}
