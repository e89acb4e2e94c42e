/**
 * parseDate: text read with Moment-style parsing tokens (dayjs customParseFormat). A format
 * without a zone token (Z, ZZ, X, x) reads wall-clock time in the given zone.
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import utc from 'dayjs/plugin/utc';
import { fromWall } from './zoned';

dayjs.extend(utc);
dayjs.extend(customParseFormat);

const ZONED = /\[[^\]]*\]|(Z{1,2}|X|x)/g;

function hasZoneToken(format: string): boolean {
  for (const m of format.matchAll(ZONED)) if (m[1]) return true;
  return false;
}

/**
 * The instant `text` denotes in `format`, or undefined when it does not match.
 *
 * @example
 * parseDate('2016-12-28', 'YYYY-MM-DD', 'UTC')?.toISOString(); // '2016-12-28T00:00:00.000Z'
 * parseDate('1482940986', 'X', 'UTC')?.toISOString(); // '2016-12-28T16:03:06.000Z'
 */
export function parseDate(text: string, format: string, tz: string): Date | undefined {
  const trimmed = text.trim();
  if (format === 'X' || format === 'x') {
    if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined;
    return new Date(Number(trimmed) * (format === 'X' ? 1000 : 1));
  }
  const parsed = dayjs.utc(trimmed, format);
  if (!parsed.isValid()) return undefined;
  if (hasZoneToken(format)) return parsed.toDate();
  return fromWall(
    {
      year: parsed.year(),
      month: parsed.month() + 1,
      day: parsed.date(),
      hour: parsed.hour(),
      minute: parsed.minute(),
      second: parsed.second(),
      ms: parsed.millisecond(),
    },
    tz,
  );
}
