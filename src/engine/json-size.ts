/**
 * UTF-8 byte length of `JSON.stringify(value)`, computed without building the string; binary
 * (`Uint8Array`) counts its byte length (DESIGN.md §5, data transfer). Dates count as their ISO
 * text. Runs on every output bundle, so it allocates nothing for strings, arrays and objects.
 *
 * @example jsonByteSize({ a: 'é' }); // 10, the length of '{"a":"é"}' in UTF-8
 */
export function jsonByteSize(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return stringSize(value);
    case 'number':
      return Number.isFinite(value) ? numberSize(value) : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object':
      return objectSize(value);
    case 'bigint':
      return String(value).length;
    default:
      return 0;
  }
}

/** Size of a value as an array item, where missing values become `null`. */
function itemSize(v: unknown): number {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol' ? 4 : jsonByteSize(v);
}

function objectSize(value: object | null): number {
  if (value === null) return 4;
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 4 : 26;
  if (Array.isArray(value)) {
    let n = value.length === 0 ? 2 : value.length + 1;
    for (let i = 0; i < value.length; i++) n += itemSize(value[i]);
    return n;
  }
  let n = 2;
  let first = true;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    n += stringSize(key) + 1 + jsonByteSize(v) + (first ? 0 : 1);
    first = false;
  }
  return n;
}

function numberSize(v: number): number {
  if (Number.isInteger(v) && v >= 0 && v < 1e6) {
    return v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5 : 6;
  }
  return String(v).length;
}

function stringSize(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x22 || c === 0x5c) n += 2;
      else if (c >= 0x20) n += 1;
      else n += c === 0x0a || c === 0x0d || c === 0x09 || c === 0x08 || c === 0x0c ? 2 : 6;
    } else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 6;
    } else if (c >= 0xdc00 && c <= 0xdfff) n += 6;
    else n += 3;
  }
  return n;
}
