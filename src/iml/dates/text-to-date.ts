/**
 * Make's text → date coercion (help.make.com/type-coercion): the text must hold day, month and
 * year; time and zone are optional; a zone-less text is read in the given zone. Accepted shapes,
 * from Make's examples: `2016-06-20T17:26:44.356Z`, `2016-06-20 19:26:44 GMT+02:00`,
 * `2016/06/20 5:26 pm`, `06/20/2016 17:26`, `20.6.2016 19:26+0200`.
 */
import { fromWall } from './zoned';

const DATE_TIME =
  /^\s*(?:(\d{4})[-/](\d{1,2})[-/](\d{1,2})|(\d{1,2})\/(\d{1,2})\/(\d{4})|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([ap]\.?m\.?)?)?\s*(?:(Z|UTC|GMT)?\s*(?:([+-])(\d{2}):?(\d{2})?)?)\s*$/i;

/**
 * Parse `text` as Make does when a date is expected; undefined when it is no date.
 *
 * @example
 * textToDate('2016-06-20 19:26+0200', 'UTC')?.toISOString(); // '2016-06-20T17:26:00.000Z'
 */
export function textToDate(text: string, tz: string): Date | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const year = Number(m[1] ?? m[6] ?? m[9]);
  const month = Number(m[2] ?? m[4] ?? m[8]);
  const day = Number(m[3] ?? m[5] ?? m[7]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  let hour = m[10] === undefined ? 0 : Number(m[10]);
  const minute = m[11] === undefined ? 0 : Number(m[11]);
  const second = m[12] === undefined ? 0 : Number(m[12]);
  const ms = m[13] === undefined ? 0 : Math.floor(Number(`0.${m[13]}`) * 1000);
  const ampm = m[14]?.[0]?.toLowerCase();
  if (ampm === 'p' && hour < 12) hour += 12;
  if (ampm === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const fields = { year, month, day, hour, minute, second, ms };
  if (m[15] === undefined && m[16] === undefined) return fromWall(fields, tz);
  const base = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const sign = m[16] === '-' ? -1 : 1;
  const offset = m[16] === undefined ? 0 : sign * (Number(m[17]) * 60 + Number(m[18] ?? 0));
  return new Date(base - offset * 60000);
}
