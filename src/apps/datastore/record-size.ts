/** Make's cap on one data store record (MAKE-REFERENCE.md §6.2). */
export const MAX_RECORD_BYTES = 15 * 1024 * 1024;

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The stored size of a record's data: its UTF-8 JSON length, binary by its byte length.
 * Stops counting once past `stopAt`, so a huge record is rejected without walking all of it.
 *
 * @example recordSize({ a: 'é' }); // 10  ({"a":"é"})
 */
export function recordSize(value: unknown, stopAt = Infinity): number {
  let total = 0;
  const walk = (v: unknown): void => {
    if (total > stopAt) return;
    if (v === null || v === undefined) total += 4;
    else if (typeof v === 'string') total += utf8Length(v) + 2;
    else if (typeof v === 'number' || typeof v === 'boolean') total += String(v).length;
    else if (v instanceof Uint8Array) total += v.length;
    else if (v instanceof Date) total += 26;
    else if (Array.isArray(v)) {
      total += 2 + Math.max(0, v.length - 1);
      for (const x of v) walk(x);
    } else if (typeof v === 'object') {
      const entries = Object.entries(v);
      total += 2 + Math.max(0, entries.length - 1);
      for (const [k, x] of entries) {
        total += utf8Length(k) + 3;
        walk(x);
      }
    }
  };
  walk(value);
  return total;
}
