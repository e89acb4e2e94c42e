/**
 * The byte size of a value as UTF-8 JSON, without building the string; binary (ArrayBuffer, typed
 * arrays) counts its byte length, as data transfer does (DESIGN.md §5).
 *
 * @example bundleSize({ a: 'é' }) // 10, the length of '{"a":"é"}' in UTF-8
 */
export function bundleSize(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case 'string':
      return utf8Length(value) + 2 + escapes(value);
    case 'number':
    case 'boolean':
      return String(value).length;
    case 'object':
      break;
    default:
      return 4;
  }
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof Date) return 26;
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const v of value) n += bundleSize(v);
    return n;
  }
  const entries = Object.entries(value);
  let n = 2 + Math.max(0, entries.length - 1);
  for (const [k, v] of entries) n += bundleSize(k) + 1 + bundleSize(v);
  return n;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Extra bytes JSON escaping adds: `"` and `\` take two, control characters two or six. */
function escapes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 8 || c === 9 || c === 10 || c === 12 || c === 13) n += 1;
    else if (c < 0x20) n += 5;
  }
  return n;
}
