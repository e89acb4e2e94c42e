/** Date and time functions (help.make.com/date-and-time-functions; MAKE-REFERENCE.md §3.5). */
import { toDate, toText } from '../coercion';
import { describe, fail, invalidArgument, invalidDate, invalidTimezone } from '../errors';
import { formatDate } from '../dates/format-date';
import { MONTHS, WEEKDAYS, nameIndex } from '../dates/names';
import { parseDate } from '../dates/parse-date';
import { addUnits, setField, type Field, type Unit } from '../dates/shift';
import { isTimezone } from '../dates/zoned';
import type { EvalContext } from '../types';
import { date, isNil, num } from './args';
import { defineFunctions, type FunctionDef } from './define';

function zone(v: unknown, ctx: EvalContext): string {
  if (isNil(v) || v === '') return ctx.timezone;
  const tz = toText(v).trim();
  if (!isTimezone(tz)) return fail(invalidTimezone(`'${tz}' is not a known time zone.`));
  return tz;
}

const adder = (name: string, unit: Unit, example: string): FunctionDef => ({
  name,
  categories: ['date'],
  signature: `${name}(date; number)`,
  help: `Adds ${unit}s (a negative number subtracts).`,
  example,
  minArgs: 2,
  maxArgs: 2,
  impl: ([d, n], ctx) => {
    if (isNil(d) || d === '') return undefined;
    return addUnits(date(d, name, ctx.timezone), unit, Math.trunc(num(n, name)), ctx.timezone);
  },
});

function setterValue(field: Field, v: unknown, name: string): number {
  if (typeof v === 'string' && (field === 'month' || field === 'day') && !/^\s*-?\d+\s*$/.test(v)) {
    const i = nameIndex(field === 'month' ? MONTHS : WEEKDAYS, v);
    if (i === 0) return fail(invalidArgument(`${name}() does not know '${v}'.`));
    return i;
  }
  return Math.trunc(num(v, name));
}

const setter = (name: string, field: Field, help: string, example: string): FunctionDef => ({
  name,
  categories: ['date'],
  signature: `${name}(date; number)`,
  help,
  example,
  minArgs: 2,
  maxArgs: 2,
  impl: ([d, v], ctx) => {
    if (isNil(d) || d === '') return undefined;
    return setField(date(d, name, ctx.timezone), field, setterValue(field, v, name), ctx.timezone);
  },
});

export const dateFunctions = defineFunctions([
  {
    name: 'formatDate',
    categories: ['date'],
    signature: 'formatDate(date; format; [timezone])',
    help: 'Date as text with Moment-style tokens, in the scenario time zone unless one is given.',
    example: 'formatDate(2016-12-28T16:03:06Z; DD.MM.YYYY HH:mm) → 28.12.2016 16:03',
    minArgs: 2,
    maxArgs: 3,
    impl: ([d, format, tz], ctx) => {
      if (isNil(d) || d === '') return undefined;
      const z = zone(tz, ctx);
      return formatDate(date(d, 'formatDate', z), toText(format), z);
    },
  },
  {
    name: 'parseDate',
    categories: ['date'],
    signature: 'parseDate(text; format; [timezone])',
    help: 'Reads a date from text with Moment-style tokens (X = Unix seconds, x = ms).',
    example: 'parseDate(2016-12-28; YYYY-MM-DD) → 2016-12-28T00:00:00.000Z',
    minArgs: 1,
    maxArgs: 3,
    impl: ([t, format, tz], ctx) => {
      if (isNil(t) || t === '') return undefined;
      const z = zone(tz, ctx);
      if (t instanceof Date) return t;
      const text = toText(t);
      const d =
        isNil(format) || format === '' ? toDate(text, z) : parseDate(text, toText(format), z);
      if (d === undefined || Number.isNaN(d.getTime())) {
        const how = isNil(format) ? '' : ` with the format '${toText(format)}'`;
        return fail(invalidDate(`parseDate() cannot read ${describe(t)}${how}.`));
      }
      return d;
    },
  },
  adder(
    'addSeconds',
    'second',
    'addSeconds(2016-12-08T15:55:57.536Z; 2) → 2016-12-08T15:55:59.536Z',
  ),
  adder(
    'addMinutes',
    'minute',
    'addMinutes(2016-12-08T15:55:57.536Z; 2) → 2016-12-08T15:57:57.536Z',
  ),
  adder('addHours', 'hour', 'addHours(2016-12-08T15:55:57.536Z; 2) → 2016-12-08T17:55:57.536Z'),
  adder('addDays', 'day', 'addDays(2016-12-08T15:55:57.536Z; 2) → 2016-12-10T15:55:57.536Z'),
  adder('addMonths', 'month', 'addMonths(2016-08-08T15:55:57.536Z; 2) → 2016-10-08T15:55:57.536Z'),
  adder('addYears', 'year', 'addYears(2016-08-08T15:55:57.536Z; 2) → 2018-08-08T15:55:57.536Z'),
  setter(
    'setSecond',
    'second',
    'Sets the seconds; values outside 0–59 overflow.',
    'setSecond(2015-10-07T11:36:39.138Z; 10) → 2015-10-07T11:36:10.138Z',
  ),
  setter(
    'setMinute',
    'minute',
    'Sets the minutes; values outside 0–59 overflow.',
    'setMinute(2015-10-07T11:36:39.138Z; 10) → 2015-10-07T11:10:39.138Z',
  ),
  setter(
    'setHour',
    'hour',
    'Sets the hour; values outside 0–23 overflow.',
    'setHour(2015-08-07T11:36:39.138Z; 6) → 2015-08-07T06:36:39.138Z',
  ),
  setter(
    'setDate',
    'date',
    'Sets the day of the month; values outside the month overflow.',
    'setDate(2015-08-07T11:36:39.138Z; 32) → 2015-09-01T11:36:39.138Z',
  ),
  setter(
    'setDay',
    'day',
    'Sets the day of the week: 1 (Sunday) … 7 (Saturday) or an English name, in the same week.',
    'setDay(2018-06-27T11:36:39.138Z; Monday) → 2018-06-25T11:36:39.138Z',
  ),
  setter(
    'setMonth',
    'month',
    'Sets the month: 1–12 or an English name; values beyond overflow into years.',
    'setMonth(2015-08-07T11:36:39.138Z; 17) → 2016-05-07T11:36:39.138Z',
  ),
  setter(
    'setYear',
    'year',
    'Sets the year.',
    'setYear(2015-08-07T11:36:39.138Z; 2017) → 2017-08-07T11:36:39.138Z',
  ),
]);
