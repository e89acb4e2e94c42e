/**
 * Filter operators (DESIGN.md §5; Make's IML_FILTER_OPERATORS): `a` and `b` are already-evaluated
 * values. Values that do not fit the operator's type make the condition false, as a filter
 * cannot pass what it cannot compare.
 */
import { isEmpty, toBoolean, toDate, toNumber, toText } from './coercion';
import { ImlFault, unknownOperator } from './errors';
import { regexOf } from './functions/regex-cache';
import { equals } from './operators';
import { compareSemver } from './semver';
import { compareTime } from './time-of-day';
import type { ImlError } from './types';

type Outcome = { ok: true; value: boolean } | { ok: false; error: ImlError };
type Order = 'equal' | 'notequal' | 'greater' | 'less' | 'greaterorequal' | 'lessorequal';

const ORDERS: ReadonlySet<string> = new Set([
  'equal',
  'notequal',
  'greater',
  'less',
  'greaterorequal',
  'lessorequal',
]);

function byOrder(order: Order, c: number | undefined): boolean {
  if (c === undefined || Number.isNaN(c)) return order === 'notequal';
  switch (order) {
    case 'equal':
      return c === 0;
    case 'notequal':
      return c !== 0;
    case 'greater':
      return c > 0;
    case 'less':
      return c < 0;
    case 'greaterorequal':
      return c >= 0;
    case 'lessorequal':
      return c <= 0;
  }
}

function diff(x: number | undefined, y: number | undefined): number | undefined {
  return x === undefined || y === undefined ? undefined : x - y;
}

function textOp(name: string, a: string, b: string): boolean | undefined {
  switch (name) {
    case 'equal':
      return a === b;
    case 'contain':
      return a.includes(b);
    case 'startwith':
      return a.startsWith(b);
    case 'endwith':
      return a.endsWith(b);
    default:
      return undefined;
  }
}

function textOperator(rest: string[], a: unknown, b: unknown): boolean | undefined {
  const ci = rest[1] === 'ci';
  if (rest.length > 2 || (rest.length === 2 && !ci)) return undefined;
  const raw = rest[0] ?? '';
  const negated = raw.startsWith('not');
  const name = negated ? raw.slice(3) : raw;
  let x = toText(a);
  let y = toText(b);
  let result: boolean | undefined;
  if (name === 'pattern') {
    const source = y.startsWith('/') ? y : `/${y}/`;
    const re = regexOf(ci ? `${source}i` : source, 'filter');
    result = re ? re.test(x) : undefined;
  } else {
    if (ci) {
      x = x.toLowerCase();
      y = y.toLowerCase();
    }
    result = textOp(name, x, y);
  }
  return result === undefined ? undefined : negated ? !result : result;
}

function arrayOperator(rest: string[], a: unknown, b: unknown): boolean | undefined {
  const list = Array.isArray(a) ? a : isEmpty(a) ? [] : [a];
  const [name = '', suffix] = rest;
  if (name === 'contain' || name === 'notcontain') {
    const ci = suffix === 'ci';
    if (suffix !== undefined && !ci) return undefined;
    const found = ci
      ? list.some((v) => toText(v).toLowerCase() === toText(b).toLowerCase())
      : list.some((v) => equals(v, b));
    return name === 'contain' ? found : !found;
  }
  if (!ORDERS.has(name) || suffix !== undefined) return undefined;
  return byOrder(name as Order, diff(list.length, toNumber(b)));
}

/** Operators split once: filters run per bundle, and their operator strings are few. */
const parsed = new Map<string, { type: string; rest: string[] }>();
function parseOperator(op: string): { type: string; rest: string[] } {
  let p = parsed.get(op);
  if (!p) {
    const [type = '', ...rest] = op.split(':');
    p = { type, rest };
    if (parsed.size < 1000) parsed.set(op, p);
  }
  return p;
}

function evaluate(op: string, a: unknown, b: unknown, tz: string): boolean | undefined {
  if (op === 'exist') return !isEmpty(a);
  if (op === 'notexist') return isEmpty(a);
  const { type, rest } = parseOperator(op);
  if (type === 'text') return textOperator(rest, a, b);
  if (type === 'array') return arrayOperator(rest, a, b);
  const name = rest[0] ?? '';
  if (rest.length !== 1 || !ORDERS.has(name)) return undefined;
  const order = name as Order;
  switch (type) {
    case 'number':
      return byOrder(order, diff(toNumber(a), toNumber(b)));
    case 'date':
      return byOrder(order, diff(toDate(a, tz)?.getTime(), toDate(b, tz)?.getTime()));
    case 'time':
      return byOrder(order, compareTime(a, b, tz));
    case 'semver':
      return byOrder(order, compareSemver(toText(a), toText(b)));
    case 'boolean':
      if (order !== 'equal' && order !== 'notequal') return undefined;
      return (toBoolean(a) === toBoolean(b)) === (order === 'equal');
    default:
      return undefined;
  }
}

/**
 * Apply one filter condition `a <op> b`.
 *
 * @example
 * applyFilterOperator('text:contain:ci', 'Hello', 'ELL', { timezone: 'UTC' }); // { ok: true, value: true }
 */
export function applyFilterOperator(
  op: string,
  a: unknown,
  b: unknown,
  ctx: { timezone: string },
): Outcome {
  try {
    const value = evaluate(op, a, b, ctx.timezone);
    if (value === undefined) {
      return { ok: false, error: unknownOperator(`'${op}' is not a filter operator.`) };
    }
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ImlFault) return { ok: false, error: e.error };
    throw e;
  }
}

/** Every filter operator, grouped by type, for the catalogue. */
export const FILTER_OPERATORS: Record<string, string[]> = {
  basic: ['exist', 'notexist'],
  text: [
    'equal',
    'notequal',
    'contain',
    'notcontain',
    'startwith',
    'notstartwith',
    'endwith',
    'notendwith',
    'pattern',
    'notpattern',
  ].flatMap((o) => [`text:${o}`, `text:${o}:ci`]),
  number: [...ORDERS].map((o) => `number:${o}`),
  date: [...ORDERS].map((o) => `date:${o}`),
  time: [...ORDERS].map((o) => `time:${o}`),
  semver: [...ORDERS].map((o) => `semver:${o}`),
  array: [
    'array:contain',
    'array:contain:ci',
    'array:notcontain',
    'array:notcontain:ci',
    ...[...ORDERS].map((o) => `array:${o}`),
  ],
  boolean: ['boolean:equal', 'boolean:notequal'],
};
