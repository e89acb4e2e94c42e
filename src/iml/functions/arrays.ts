/** Array functions (help.make.com/array-functions; MAKE-REFERENCE.md §3.6). */
import { isCollection, toJsonText, toText } from '../coercion';
import { equals } from '../operators';
import { getByParts, splitPath } from '../path';
import { arr, collection, int, isNil } from './args';
import { defineFunctions } from './define';
import { sortArray } from './sort';

/** Identity of a value for de-duplication: type plus text, so 1 and "1" stay distinct. */
const identity = (v: unknown): string =>
  `${typeof v}:${typeof v === 'object' && v !== null && !(v instanceof Date) ? toJsonText(v) : toText(v)}`;

function unique(items: unknown[], keyOf: (v: unknown) => unknown): unknown[] {
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const item of items) {
    const id = identity(keyOf(item));
    if (!seen.has(id)) {
      seen.add(id);
      out.push(item);
    }
  }
  return out;
}

const one = (name: string, help: string, example: string, fn: (a: unknown[]) => unknown) => ({
  name,
  categories: ['array' as const],
  signature: `${name}(array)`,
  help,
  example,
  minArgs: 1,
  maxArgs: 1,
  impl: ([v]: unknown[]) => fn(arr(v)),
});

export const arrayFunctions = defineFunctions([
  {
    name: 'add',
    categories: ['array'],
    signature: 'add(array; value1; [value2; …])',
    help: 'The array with the values appended.',
    example: 'add(emptyarray; a; b) → [a, b]',
    minArgs: 2,
    maxArgs: Infinity,
    impl: ([a, ...values]) => [...arr(a), ...values],
  },
  one(
    'deduplicate',
    'The array without repeated values.',
    'deduplicate(split(a,b,a; ,)) → [a, b]',
    (a) => unique(a, (v) => v),
  ),
  {
    name: 'distinct',
    categories: ['array'],
    signature: 'distinct(array; [key])',
    help: 'The first item for each distinct value (or distinct value of the key path).',
    example: 'distinct(1.contacts; email) → one contact per email',
    minArgs: 1,
    maxArgs: 2,
    impl: ([a, key]) => {
      if (isNil(key) || key === '') return unique(arr(a), (v) => v);
      const parts = splitPath(toText(key));
      return unique(arr(a), (v) => getByParts(v, parts));
    },
  },
  one('first', 'The first item.', 'first(split(a,b; ,)) → a', (a) => a[0]),
  one('last', 'The last item.', 'last(split(a,b; ,)) → b', (a) => a[a.length - 1]),
  one('reverse', 'The items in reverse order.', 'reverse(split(a,b; ,)) → [b, a]', (a) =>
    [...a].reverse(),
  ),
  one('shuffle', 'The items in random order.', 'shuffle(split(a,b,c; ,)) → e.g. [c, a, b]', (a) => {
    const out = [...a];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }),
  {
    name: 'flatten',
    categories: ['array'],
    signature: 'flatten(array; [depth])',
    help: 'Sub-array items pulled up into the array, to the given depth (default 1).',
    example: 'flatten(1.nested) → one flat array',
    minArgs: 1,
    maxArgs: 2,
    impl: ([a, depth]) => arr(a).flat(isNil(depth) ? 1 : int(depth, 'flatten')),
  },
  {
    name: 'join',
    categories: ['array'],
    signature: 'join(array; separator)',
    help: 'The items as text, separated by the separator.',
    example: 'join(split(a,b; ,); " | ") → a | b',
    minArgs: 1,
    maxArgs: 2,
    impl: ([a, sep]) =>
      arr(a)
        .map((v) => (isCollection(v) ? toJsonText(v) : toText(v)))
        .join(isNil(sep) ? ',' : toText(sep)),
  },
  {
    name: 'keys',
    categories: ['array'],
    signature: 'keys(collection)',
    help: 'The keys of a collection.',
    example: 'keys(1.user) → [name, email]',
    minArgs: 1,
    maxArgs: 1,
    impl: ([c]) => Object.keys(collection(c, 'keys')),
  },
  {
    name: 'map',
    categories: ['array'],
    signature: 'map(array; key; [key for filtering]; [possible values for filtering])',
    help: 'The key of every item; with a filter key, only items whose filter key is one of the comma-separated values.',
    example: 'map(1.emails; email; label; work,home) → work and home addresses',
    minArgs: 2,
    maxArgs: 4,
    impl: ([a, key, filterKey, values]) => {
      const parts = splitPath(toText(key));
      let items = arr(a);
      if (!isNil(filterKey) && filterKey !== '') {
        const fparts = splitPath(toText(filterKey));
        const allowed = isNil(values) ? undefined : new Set(toText(values).split(','));
        items = items.filter((v) => {
          const f = getByParts(v, fparts);
          return allowed ? allowed.has(toText(f)) : f !== undefined;
        });
      }
      return items.map((v) => getByParts(v, parts));
    },
  },
  {
    name: 'merge',
    categories: ['array'],
    signature: 'merge(array1; array2; …)',
    help: 'The arrays joined into one.',
    example: 'merge(split(a; ,); split(b; ,)) → [a, b]',
    minArgs: 1,
    maxArgs: Infinity,
    impl: (arrays) => arrays.flatMap((a) => arr(a)),
  },
  {
    name: 'remove',
    categories: ['array'],
    signature: 'remove(array; value1; [value2; …])',
    help: 'The array without the given values (text and numbers).',
    example: 'remove(split(a,b,c; ,); b) → [a, c]',
    minArgs: 2,
    maxArgs: Infinity,
    impl: ([a, ...values]) => arr(a).filter((v) => !values.some((x) => equals(v, x))),
  },
  {
    name: 'slice',
    categories: ['array'],
    signature: 'slice(array; start; [end])',
    help: 'Items from start to end; positions are 0-based, end excluded.',
    example: 'slice(split(a,b,c; ,); 1) → [b, c]',
    minArgs: 2,
    maxArgs: 3,
    impl: ([a, start, end]) =>
      arr(a).slice(int(start, 'slice'), isNil(end) ? undefined : int(end, 'slice')),
  },
  {
    name: 'sort',
    categories: ['array'],
    signature: 'sort(array; [order]; [key])',
    help: 'Sorted items: order asc (default), desc, asc ci or desc ci; key is a path inside each item.',
    example: 'sort(1.people; desc; age) → oldest first',
    minArgs: 1,
    maxArgs: 3,
    impl: ([a, order, key]) =>
      sortArray(arr(a), isNil(order) ? 'asc' : toText(order), isNil(key) ? '' : toText(key)),
  },
  {
    name: 'toArray',
    categories: ['array'],
    signature: 'toArray(collection)',
    help: 'A collection as an array of {key, value} items.',
    example: 'toArray(1.user) → [{key: name, value: Ann}, …]',
    minArgs: 1,
    maxArgs: 1,
    impl: ([c]) => Object.entries(collection(c, 'toArray')).map(([key, value]) => ({ key, value })),
  },
  {
    name: 'toCollection',
    categories: ['array'],
    signature: 'toCollection(array; key; value)',
    help: 'A collection built from items: each item’s key field names the entry, its value field fills it.',
    example: 'toCollection(1.pairs; key; value) → {name: Ann, …}',
    minArgs: 3,
    maxArgs: 3,
    impl: ([a, key, value]) => {
      const kparts = splitPath(toText(key));
      const vparts = splitPath(toText(value));
      const out: Record<string, unknown> = {};
      for (const item of arr(a)) {
        const k = getByParts(item, kparts);
        if (k !== undefined && k !== null) out[toText(k)] = getByParts(item, vparts);
      }
      return out;
    },
  },
]);
