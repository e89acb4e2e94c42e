/**
 * Wall-clock time in an IANA zone, both ways, on the host's Intl only. Date arithmetic (`addDays`,
 * `setHour`, …) works on wall fields so that overflow follows the calendar, then maps back.
 */
import { fail, invalidTimezone } from '../errors';

/** Wall-clock fields; month is 1-based; `dow` is 0 (Sunday) … 6. */
export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  dow: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      return fail(invalidTimezone(`'${tz}' is not a known time zone.`));
    }
    formatters.set(tz, f);
  }
  return f;
}

/** True when `tz` names a zone this host knows. */
export function isTimezone(tz: string): boolean {
  if (isUtc(tz)) return true;
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

const isUtc = (tz: string): boolean => tz === 'UTC' || tz === 'Etc/UTC' || tz === 'Z';

/** Offset of `tz` from UTC at instant `ms`, in minutes (Prague in summer: 120). */
export function offsetMinutes(ms: number, tz: string): number {
  if (isUtc(tz)) return 0;
  const w = wallOf(ms, tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return Math.round((asUtc - ms) / 60000);
}

function wallOf(ms: number, tz: string): Wall {
  const parts = formatterFor(tz).formatToParts(new Date(ms));
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const p of parts) {
    if (p.type === 'year') year = Number(p.value);
    else if (p.type === 'month') month = Number(p.value);
    else if (p.type === 'day') day = Number(p.value);
    else if (p.type === 'hour') hour = Number(p.value);
    else if (p.type === 'minute') minute = Number(p.value);
    else if (p.type === 'second') second = Number(p.value);
    else if (p.type === 'era') bc = p.value.startsWith('B');
  }
  if (bc) year = 1 - year;
  const msPart = ((ms % 1000) + 1000) % 1000;
  const dow = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { year, month, day, hour, minute, second, ms: msPart, dow };
}

/** Wall-clock fields of instant `date` in zone `tz`. */
export function toWall(date: Date, tz: string): Wall {
  const ms = date.getTime();
  if (isUtc(tz)) {
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
      ms: date.getUTCMilliseconds(),
      dow: date.getUTCDay(),
    };
  }
  return wallOf(ms, tz);
}

/**
 * The instant whose wall time in `tz` is the given fields. Out-of-range fields overflow like
 * `Date.UTC` (day 32 → next month). In a DST gap the later offset wins, as Moment does.
 */
export function fromWall(
  f: Pick<Wall, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'ms'>,
  tz: string,
): Date {
  const d = new Date(0);
  d.setUTCFullYear(f.year, f.month - 1, f.day);
  d.setUTCHours(f.hour, f.minute, f.second, f.ms);
  const guess = d.getTime();
  if (isUtc(tz)) return d;
  const first = offsetMinutes(guess, tz);
  let result = guess - first * 60000;
  const second = offsetMinutes(result, tz);
  if (second !== first) result = guess - second * 60000;
  return new Date(result);
}
