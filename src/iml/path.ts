/**
 * Walking values by IML paths: `1.a.b`, `items[1]` (1-based), `[]` (first), and the text paths
 * that `get`, `map`, `sort` and `distinct` take (`raw_name.sub_name`, numeric parts 1-based).
 */
import { isCollection } from './coercion';

const own = Object.prototype.hasOwnProperty;

/**
 * `value.name`: a collection's own key; on an array, the key of every element (docs/adr/0104).
 *
 * @example
 * getKey({ a: 1 }, 'a'); // 1
 * getKey([{ a: 1 }, { a: 2 }], 'a'); // [1, 2]
 */
export function getKey(value: unknown, name: string): unknown {
  if (isCollection(value)) return own.call(value, name) ? value[name] : undefined;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const v = getKey(item, name);
      if (v !== undefined) out.push(v);
    }
    return out;
  }
  return undefined;
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

/** Split a text path (`a.b.2`) once, so callers can reuse it per element. */
export function splitPath(path: string): string[] {
  return path === '' ? [] : path.split('.');
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
    if (Array.isArray(v) && /^\d+$/.test(part)) v = getIndex(v, Number(part));
    else v = getKey(v, part);
  }
  return v;
}
