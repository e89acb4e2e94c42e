/** `sort(array; order; key)`: stable, numbers numerically, text by code point or case-insensitively. */
import { toText } from '../coercion';
import { fail, invalidArgument } from '../errors';
import { compare } from '../operators';
import { getByParts, splitPath } from '../path';

/**
 * Sort a copy of `items`.
 *
 * @example
 * sortArray([{ n: 2 }, { n: 1 }], 'asc', 'n'); // [{ n: 1 }, { n: 2 }]
 */
export function sortArray(items: unknown[], order: string, key: string): unknown[] {
  const words = order.trim().toLowerCase().split(/\s+/);
  const desc = words[0] === 'desc';
  const ci = words[1] === 'ci';
  if ((words[0] !== 'asc' && !desc) || (words.length > 1 && !ci) || words.length > 2) {
    return fail(
      invalidArgument(`sort() order must be asc, desc, asc ci or desc ci, not '${order}'.`),
    );
  }
  const parts = splitPath(key);
  const keyed = items.map((item) => {
    const k = parts.length ? getByParts(item, parts) : item;
    return { item, k: ci && typeof k === 'string' ? k.toLowerCase() : k };
  });
  keyed.sort((x, y) => {
    // Missing keys go last whatever the order.
    if (x.k === undefined || x.k === null) return y.k === undefined || y.k === null ? 0 : 1;
    if (y.k === undefined || y.k === null) return -1;
    const c =
      typeof x.k === 'string' && typeof y.k === 'string'
        ? x.k < y.k
          ? -1
          : x.k > y.k
            ? 1
            : 0
        : (compare(x.k, y.k) ?? toText(x.k).localeCompare(toText(y.k)));
    return desc ? -c : c;
  });
  return keyed.map((e) => e.item);
}
