/** General functions (help.make.com/general-functions; MAKE-REFERENCE.md §3.2). */
import { isEmpty, toBoolean, toText } from '../coercion';
import { equals } from '../operators';
import { getByParts, getIndex, splitPath } from '../path';
import { collection } from './args';
import type { EvalContext } from '../types';
import { defineFunctions, type Thunk } from './define';

const at = (args: Thunk[], i: number, ctx: EvalContext): unknown => (args[i] as Thunk)(ctx);

export const generalFunctions = defineFunctions([
  {
    name: 'get',
    categories: ['general'],
    signature: 'get(object or array; path)',
    help: 'The value at a path: keys separated by dots, array positions 1-based.',
    example: 'get(1.items; 2) → the second item',
    minArgs: 2,
    maxArgs: 2,
    impl: ([obj, path]) =>
      typeof path === 'number' ? getIndex(obj, path) : getByParts(obj, splitPath(toText(path))),
  },
  {
    name: 'if',
    categories: ['general'],
    signature: 'if(expression; value1; value2)',
    help: 'value1 when the expression is true, else value2.',
    example: 'if(1 = 1; A; B) → A',
    minArgs: 2,
    maxArgs: 3,
    lazy: true,
    impl: (args, ctx) => {
      if (toBoolean(at(args, 0, ctx))) return at(args, 1, ctx);
      return args[2] === undefined ? undefined : at(args, 2, ctx);
    },
  },
  {
    name: 'ifempty',
    categories: ['general'],
    signature: 'ifempty(value1; value2)',
    help: 'value1 unless it is empty (missing, null, empty text or array), else value2.',
    example: 'ifempty(""; B) → B',
    minArgs: 2,
    maxArgs: 2,
    lazy: true,
    impl: (args, ctx) => {
      const v = at(args, 0, ctx);
      return isEmpty(v) ? at(args, 1, ctx) : v;
    },
  },
  {
    name: 'switch',
    categories: ['general'],
    signature: 'switch(expression; value1; result1; [value2; result2; …]; [else])',
    help: 'The result paired with the first value equal to the expression, else the else value.',
    example: 'switch(B; A; 1; B; 2; C; 3) → 2',
    minArgs: 3,
    maxArgs: Infinity,
    lazy: true,
    impl: (args, ctx) => {
      const v = at(args, 0, ctx);
      let i = 1;
      for (; i + 1 < args.length; i += 2) {
        if (equals(v, at(args, i, ctx))) return at(args, i + 1, ctx);
      }
      return i < args.length ? at(args, i, ctx) : undefined;
    },
  },
  {
    name: 'omit',
    categories: ['general'],
    signature: 'omit(collection; key1; [key2; …])',
    help: 'The collection without the given keys.',
    example: 'omit(1.user; password) → user without password',
    minArgs: 2,
    maxArgs: Infinity,
    impl: ([obj, ...keys]) => {
      const c = collection(obj, 'omit');
      const drop = new Set(keys.map(toText));
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(c)) if (!drop.has(k)) out[k] = c[k];
      return out;
    },
  },
  {
    name: 'pick',
    categories: ['general'],
    signature: 'pick(collection; key1; [key2; …])',
    help: 'A collection with only the given keys.',
    example: 'pick(1.user; name; email) → {name, email}',
    minArgs: 2,
    maxArgs: Infinity,
    impl: ([obj, ...keys]) => {
      const c = collection(obj, 'pick');
      const out: Record<string, unknown> = {};
      for (const k of keys.map(toText)) if (Object.hasOwn(c, k)) out[k] = c[k];
      return out;
    },
  },
]);
