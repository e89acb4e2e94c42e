/**
 * Runtime values ↔ JSON documents (CONTRACTS.md §1): dates become ISO 8601 text in UTC, binary
 * becomes `{ "$binary": "<base64>", "size": n }`. In memory binary is always a Uint8Array.
 */

/**
 * Base64 of bytes (standard alphabet, padded).
 *
 * @example
 * bytesToBase64(new TextEncoder().encode('Make')); // 'TWFrZQ=='
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

/**
 * Bytes of base64 text (standard or URL-safe alphabet, padding optional); undefined if invalid.
 *
 * @example
 * base64ToBytes('TWFrZQ==')?.length; // 4
 */
export function base64ToBytes(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  const padded = clean
    .replace(/=+$/, '')
    .padEnd(Math.ceil(clean.replace(/=+$/, '').length / 4) * 4, '=');
  const bin = atob(padded);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** JSON form of binary data (CONTRACTS.md §1). */
export interface JsonBinary {
  $binary: string;
  size: number;
  mimeType?: string;
  fileName?: string;
}

const isBinaryJson = (v: unknown): v is JsonBinary =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { $binary?: unknown }).$binary === 'string' &&
  typeof (v as { size?: unknown }).size === 'number';

/**
 * A runtime value as JSON-safe data: Date → ISO text, Uint8Array → `{$binary, size}`,
 * undefined and symbols → null inside arrays and left out of objects, as JSON.stringify does.
 *
 * @example
 * encodeJsonValue({ at: new Date(0) }); // { at: '1970-01-01T00:00:00.000Z' }
 */
export function encodeJsonValue(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return { $binary: bytesToBase64(value), size: value.length };
  if (Array.isArray(value)) return value.map((v) => encodeJsonValue(v) ?? null);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const e = encodeJsonValue(v);
      if (e !== undefined) out[k] = e;
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (typeof value === 'symbol' || typeof value === 'function') return undefined;
  return value;
}

/**
 * JSON data back to runtime values: `{$binary, size}` → Uint8Array. Date text stays text (JSON
 * cannot tell a date from text that looks like one; IML coerces text to dates where needed).
 *
 * @example
 * decodeJsonValue({ f: { $binary: 'TWFrZQ==', size: 4 } }); // { f: Uint8Array [77, 97, 107, 101] }
 */
export function decodeJsonValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeJsonValue);
  if (isBinaryJson(value)) return base64ToBytes(value.$binary) ?? new Uint8Array(0);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = decodeJsonValue(v);
    return out;
  }
  return value;
}
