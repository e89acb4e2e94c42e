/** Math functions (MAKE-REFERENCE.md §3.3). Empty input gives an empty result, not an error. */
import { toText } from '../coercion';
import { invalidArgument, fail } from '../errors';
import { int, isNil, num, optNum } from './args';
import { defineFunctions } from './define';
import { formatNumber } from './format-number';
import { roundTo, shift } from './round';

function directed(fn: (x: number) => number, decimals: number, n: number): number {
  if (decimals === 0) return fn(n);
  return shift(fn(shift(n, decimals)), -decimals);
}

/** Every number among the arguments; arrays are flattened, empty values skipped. */
function numbers(args: unknown[], fn: string): number[] {
  const out: number[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (!isNil(v) && v !== '') out.push(num(v, fn));
  };
  args.forEach(visit);
  return out;
}

const unary = (
  name: string,
  help: string,
  example: string,
  fn: (n: number, d: number) => number,
) => ({
  name,
  categories: ['math' as const],
  signature: `${name}(number; [decimal places])`,
  help,
  example,
  minArgs: 1,
  maxArgs: 2,
  impl: ([v, d]: unknown[]) => {
    const n = optNum(v, name);
    return n === undefined ? undefined : fn(n, d === undefined ? 0 : int(d, name));
  },
});

function variance(xs: number[], sample: boolean): number | undefined {
  const n = xs.length;
  if (n === 0 || (sample && n < 2)) return undefined;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const squares = xs.reduce((a, x) => a + (x - mean) ** 2, 0);
  return squares / (sample ? n - 1 : n);
}

const aggregate = (
  name: string,
  help: string,
  example: string,
  fn: (xs: number[]) => number | undefined,
) => ({
  name,
  categories: ['math' as const],
  signature: `${name}(value1; [value2; …]) or ${name}(array)`,
  help,
  example,
  minArgs: 1,
  maxArgs: Infinity,
  impl: (args: unknown[]) => fn(numbers(args, name)),
});

export const mathFunctions = defineFunctions([
  unary(
    'round',
    'Rounds to the nearest integer (or decimal places); halves away from zero.',
    'round(1.5) → 2',
    roundTo,
  ),
  unary('ceil', 'Rounds up.', 'ceil(1.2) → 2', (n, d) => directed(Math.ceil, d, n)),
  unary('floor', 'Rounds down.', 'floor(1.8) → 1', (n, d) => directed(Math.floor, d, n)),
  unary(
    'trunc',
    'Cuts off decimals (or keeps the given number of them).',
    'trunc(3.789; 2) → 3.78',
    (n, d) => directed(Math.trunc, d, n),
  ),
  {
    name: 'abs',
    categories: ['math'],
    signature: 'abs(number)',
    help: 'The absolute value.',
    example: 'abs(-5) → 5',
    minArgs: 1,
    maxArgs: 1,
    impl: ([v]) => {
      const n = optNum(v, 'abs');
      return n === undefined ? undefined : Math.abs(n);
    },
  },
  aggregate('min', 'The smallest number.', 'min(1; 2; 3) → 1', (xs) =>
    xs.length ? Math.min(...xs) : undefined,
  ),
  aggregate('max', 'The largest number.', 'max(1; 2; 3) → 3', (xs) =>
    xs.length ? Math.max(...xs) : undefined,
  ),
  aggregate('sum', 'The sum of the numbers.', 'sum(1; 2; 3) → 6', (xs) =>
    xs.reduce((a, b) => a + b, 0),
  ),
  aggregate('average', 'The arithmetic mean.', 'average(1; 2; 3) → 2', (xs) =>
    xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined,
  ),
  aggregate(
    'median',
    'The middle value (mean of the two middle values for an even count).',
    'median(1; 5; 2; 8) → 3.5',
    (xs) => {
      if (!xs.length) return undefined;
      const s = [...xs].sort((a, b) => a - b);
      const mid = s.length >> 1;
      return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
    },
  ),
  aggregate(
    'stdevS',
    'Sample standard deviation.',
    'stdevS(1; 2; 3; 4) → 1.2909944487358056',
    (xs) => {
      const v = variance(xs, true);
      return v === undefined ? undefined : Math.sqrt(v);
    },
  ),
  aggregate(
    'stdevP',
    'Population standard deviation.',
    'stdevP(1; 2; 3; 4) → 1.118033988749895',
    (xs) => {
      const v = variance(xs, false);
      return v === undefined ? undefined : Math.sqrt(v);
    },
  ),
  {
    name: 'parseNumber',
    categories: ['math'],
    signature: 'parseNumber(text; [decimal separator])',
    help: 'Reads a number written with any thousands separator and the given decimal separator (default ".").',
    example: 'parseNumber(1 756,456; ,) → 1756.456',
    minArgs: 1,
    maxArgs: 2,
    impl: ([v, sep]) => {
      if (typeof v === 'number') return v;
      const t = toText(v).trim();
      if (t === '') return undefined;
      const decimal = isNil(sep) || sep === '' ? '.' : toText(sep);
      const [whole = '', frac, extra] = t.split(decimal);
      const digits =
        whole.replace(/[^\d-]/g, '') + (frac === undefined ? '' : `.${frac.replace(/\D/g, '')}`);
      const n = Number(digits);
      if (extra !== undefined || digits === '' || digits === '-' || Number.isNaN(n)) {
        return fail(invalidArgument(`parseNumber() cannot read '${t}' as a number.`));
      }
      return n;
    },
  },
  {
    name: 'formatNumber',
    categories: ['math'],
    signature: 'formatNumber(number; decimal places; [decimal separator]; [thousands separator])',
    help: 'Number as text; separators default to "," (decimal) and "." (thousands), as in Make.',
    example: 'formatNumber(123456789; 3; ,; .) → 123.456.789,000',
    minArgs: 1,
    maxArgs: 4,
    impl: ([v, d, dec, thou]) => {
      const n = optNum(v, 'formatNumber');
      if (n === undefined) return undefined;
      return formatNumber(
        n,
        isNil(d) || d === '' ? 0 : int(d, 'formatNumber'),
        isNil(dec) ? ',' : toText(dec),
        isNil(thou) ? '.' : toText(thou),
      );
    },
  },
]);
