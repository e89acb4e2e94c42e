/**
 * formatDate's Moment-style tokens (help.make.com/tokens-for-datetime-formatting), rendered from
 * wall-clock fields in the requested zone. `[text]` is literal. English names only.
 */
import { MONTHS, WEEKDAYS, ordinal } from './names';
import { offsetMinutes, toWall, type Wall } from './zoned';

const TOKENS =
  /\[([^\]]*)\]|YYYYYY|YYYY|YY|Y|Qo|Q|MMMM|MMM|Mo|MM|M|DDDo|DDDD|DDD|Do|DD|D|dddd|ddd|do|dd|d|E|e|wo|ww|w|Wo|WW|W|gggg|gg|GGGG|GG|HH|H|hh|h|kk|k|A|a|mm|m|ss|s|S{1,9}|ZZ|Z|X|x/g;

const pad = (n: number, width: number): string => {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
};

interface Info extends Wall {
  instant: number;
  offset: number;
}

const dayOfYear = (y: number, m: number, d: number): number =>
  (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000 + 1;

/** ISO week (Monday first; the week with the year's first Thursday is week 1). */
function isoWeek(w: Wall): { week: number; year: number } {
  const isoDow = w.dow === 0 ? 7 : w.dow;
  const thursday = new Date(Date.UTC(w.year, w.month - 1, w.day + 4 - isoDow));
  const y = thursday.getUTCFullYear();
  const doy = dayOfYear(y, thursday.getUTCMonth() + 1, thursday.getUTCDate());
  return { week: Math.floor((doy - 1) / 7) + 1, year: y };
}

/** English (US) locale week: Sunday first; the week holding January 1 is week 1. */
function localeWeek(w: Wall): { week: number; year: number } {
  const saturday = new Date(Date.UTC(w.year, w.month - 1, w.day + 6 - w.dow));
  const y = saturday.getUTCFullYear();
  const doy = dayOfYear(y, saturday.getUTCMonth() + 1, saturday.getUTCDate());
  return { week: Math.floor((doy - 1) / 7) + 1, year: y };
}

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60), 2)}${colon ? ':' : ''}${pad(m % 60, 2)}`;
}

function token(t: string, i: Info): string {
  const h12 = i.hour % 12 === 0 ? 12 : i.hour % 12;
  switch (t) {
    case 'YYYYYY':
      return (i.year < 0 ? '-' : '+') + pad(Math.abs(i.year), 6);
    case 'YYYY':
      return pad(i.year, 4);
    case 'YY':
      return pad(((i.year % 100) + 100) % 100, 2);
    case 'Y':
      return String(i.year);
    case 'Q':
      return String(Math.ceil(i.month / 3));
    case 'Qo':
      return ordinal(Math.ceil(i.month / 3));
    case 'M':
      return String(i.month);
    case 'Mo':
      return ordinal(i.month);
    case 'MM':
      return pad(i.month, 2);
    case 'MMM':
      return (MONTHS[i.month - 1] as string).slice(0, 3);
    case 'MMMM':
      return MONTHS[i.month - 1] as string;
    case 'D':
      return String(i.day);
    case 'Do':
      return ordinal(i.day);
    case 'DD':
      return pad(i.day, 2);
    case 'DDD':
      return String(dayOfYear(i.year, i.month, i.day));
    case 'DDDo':
      return ordinal(dayOfYear(i.year, i.month, i.day));
    case 'DDDD':
      return pad(dayOfYear(i.year, i.month, i.day), 3);
    case 'd':
    case 'e':
      return String(i.dow);
    case 'do':
      return ordinal(i.dow);
    case 'dd':
      return (WEEKDAYS[i.dow] as string).slice(0, 2);
    case 'ddd':
      return (WEEKDAYS[i.dow] as string).slice(0, 3);
    case 'dddd':
      return WEEKDAYS[i.dow] as string;
    case 'E':
      return String(i.dow === 0 ? 7 : i.dow);
    case 'w':
      return String(localeWeek(i).week);
    case 'wo':
      return ordinal(localeWeek(i).week);
    case 'ww':
      return pad(localeWeek(i).week, 2);
    case 'W':
      return String(isoWeek(i).week);
    case 'Wo':
      return ordinal(isoWeek(i).week);
    case 'WW':
      return pad(isoWeek(i).week, 2);
    case 'gg':
      return pad(localeWeek(i).year % 100, 2);
    case 'gggg':
      return pad(localeWeek(i).year, 4);
    case 'GG':
      return pad(isoWeek(i).year % 100, 2);
    case 'GGGG':
      return pad(isoWeek(i).year, 4);
    case 'H':
      return String(i.hour);
    case 'HH':
      return pad(i.hour, 2);
    case 'h':
      return String(h12);
    case 'hh':
      return pad(h12, 2);
    case 'k':
      return String(i.hour === 0 ? 24 : i.hour);
    case 'kk':
      return pad(i.hour === 0 ? 24 : i.hour, 2);
    case 'A':
      return i.hour < 12 ? 'AM' : 'PM';
    case 'a':
      return i.hour < 12 ? 'am' : 'pm';
    case 'm':
      return String(i.minute);
    case 'mm':
      return pad(i.minute, 2);
    case 's':
      return String(i.second);
    case 'ss':
      return pad(i.second, 2);
    case 'Z':
      return offsetText(i.offset, true);
    case 'ZZ':
      return offsetText(i.offset, false);
    case 'X':
      return String(Math.floor(i.instant / 1000));
    case 'x':
      return String(i.instant);
    default:
      // S…SSSSSSSSS: fraction of a second, as many digits as letters.
      return pad(i.ms, 3).padEnd(9, '0').slice(0, t.length);
  }
}

/**
 * Render `date` in zone `tz` with Moment tokens.
 *
 * @example
 * formatDate(new Date('2016-12-28T16:03:06Z'), 'YYYY-MM-DD HH:mm [UTC]', 'UTC'); // '2016-12-28 16:03 UTC'
 */
export function formatDate(date: Date, format: string, tz: string): string {
  const wall = toWall(date, tz);
  const instant = date.getTime();
  const info: Info = { ...wall, instant, offset: offsetMinutes(instant, tz) };
  return format.replace(TOKENS, (t, literal: string | undefined) =>
    literal !== undefined ? literal : token(t, info),
  );
}
