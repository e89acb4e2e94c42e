/**
 * Walking values by IML paths: `1.a.b`, `items[1]` (1-based), `[]` (first), and the text paths
 * that `get`, `map`, `sort` and `distinct` take (`raw_name.sub_name`, numeric parts 1-based).
 */
import { isCollection } from './coercion';

const DIGITS = /^\d+$/;

/**
 * `value.name`: a collection's own key; on an array, the key of every element (docs/adr/0104).
 *
 * @example
 * getKey({ a: 1 }, 'a'); // 1
 * getKey([{ a: 1 }, { a: 2 }], 'a'); // [1, 2]
 */
export function getKey(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  if (!Array.isArray(value)) {
    // Data only: inherited methods (`constructor`, `toString`) and `__proto__` are not fields.
    if (name === '__proto__') return undefined;
    const v = (value as Record<string, unknown>)[name];
    return typeof v === 'function' ? undefined : v;
  }
  {
    const out: unknown[] = [];
    for (const item of value) {
      const v = getKey(item, name);
      if (v !== undefined) out.push(v);
    }
    return out;
  }
}

/**
 * `value[index]`: 1-based on arrays; `null` (written `[]`) is the first element; text indexes a
 * collection by key.
 *
 * @example
 * getIndex(['a', 'b'], 1); // 'a'
 */
export function getIndex(value: unknown, index: unknown): unknown {
  if (Array.isArray(value)) {
    if (index === null || index === undefined) return value[0];
    const n = typeof index === 'number' ? index : Number(index);
    if (Number.isInteger(n) && n >= 1) return value[n - 1];
    if (typeof index === 'string') return getKey(value, index);
    return undefined;
  }
  if (index === null || index === undefined) return value;
  if (isCollection(value)) return getKey(value, String(index));
  return undefined;
}

const splitCache = new Map<string, readonly string[]>();

/** Split a text path (`a.b.2`); cached, as fields pass the same literal path every bundle. */
export function splitPath(path: string): readonly string[] {
  let parts = splitCache.get(path);
  if (!parts) {
    parts = path === '' ? [] : path.split('.');
    if (splitCache.size > 1000) splitCache.clear();
    splitCache.set(path, parts);
  }
  return parts;
}

/**
 * Follow pre-split text path parts; numeric parts index arrays 1-based.
 *
 * @example
 * getByParts({ a: [{ b: 7 }] }, ['a', '1', 'b']); // 7
 */
export function getByParts(value: unknown, parts: readonly string[]): unknown {
  let v = value;
  for (const part of parts) {
    if (v === undefined || v === null) return undefined;
    if (Array.isArray(v) && DIGITS.test(part)) v = getIndex(v, Number(part));
    else v = getKey(v, part);
  }
  return v;
}
