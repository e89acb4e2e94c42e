import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A calendar date and time of day as a clock on the wall shows it in some time zone. */
export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  /** 0–6, Sunday 0 */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

/** The zone's offset from UTC at an instant, in minutes (Berlin in summer: 120). */
export function offsetAt(ms: number, timeZone: string): number {
  return dayjs(ms).tz(timeZone).utcOffset();
}

/**
 * What the wall clock shows at an instant in a time zone.
 *
 * @example wallTime(Date.UTC(2026, 2, 29, 1, 30), 'Europe/Berlin') // 2026-03-29 03:30, Sunday
 */
export function wallTime(ms: number, timeZone: string): WallTime {
  const d = dayjs(ms).tz(timeZone);
  return {
    year: d.year(),
    month: d.month() + 1,
    day: d.date(),
    weekday: d.day(),
    minutes: d.hour() * 60 + d.minute(),
  };
}

/**
 * The instant a wall-clock time happens in a time zone. A time that happens twice (clocks go back)
 * gives the first of the two; a time that does not happen (clocks go forward) is moved forward by
 * the gap (02:30 on the spring-forward night in Berlin → 03:30), so a daily run is never lost.
 *
 * @example zonedToUtc(2026, 3, 29, 150, 'Europe/Berlin') // Date.UTC(2026, 2, 29, 1, 30)
 */
export function zonedToUtc(
  year: number,
  month: number,
  day: number,
  minutes: number,
  timeZone: string,
): number {
  const local = Date.UTC(year, month - 1, day, 0, minutes);
  // At most one transition lies within a day of any wall time, so the offsets a day before and a
  // day after are the only candidates.
  const before = offsetAt(local - DAY, timeZone);
  const after = offsetAt(local + DAY, timeZone);
  const valid = [before, after]
    .map((o) => local - o * MINUTE)
    .filter((t) => local - offsetAt(t, timeZone) * MINUTE === t);
  return valid.length > 0 ? Math.min(...valid) : local - before * MINUTE;
}

/**
 * Parses `HH:mm` to minutes since midnight, or null when it is not a valid time.
 *
 * @example parseTime('08:30') // 510
 */
export function parseTime(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/** The calendar date `days` after a date (plain calendar arithmetic, no time zone involved). */
export function addDays(
  date: { year: number; month: number; day: number },
  days: number,
): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}
