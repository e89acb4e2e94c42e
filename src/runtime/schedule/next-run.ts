import type { Schedule } from '../../storage';
import { inWindows, nextWindowOpen } from './windows';
import { addDays, parseTime, wallTime, zonedToUtc } from './zoned-time';

export interface ScheduleContext {
  /** The user's IANA time zone. */
  timeZone: string;
  /** Interval schedules count from here (when the scenario was switched on). */
  anchor?: number | null;
}

const MINUTE = 60_000;
/** Eight years of days: far enough to find the next 29 February. */
const SEARCH_DAYS = 366 * 8 + 2;
const MAX_JUMPS = 10_000;

/**
 * The first slot of a schedule strictly after `after` (ms since epoch), or null when there is none
 * (on demand, immediately, past its end date, a `once` that has happened). Calendar schedules
 * follow the wall clock of `ctx.timeZone` through DST changes; intervals count real minutes.
 *
 * @example nextRun({ type: 'daily', time: '08:00' }, Date.UTC(2026, 10, 30, 9), { timeZone: 'UTC' })
 * // Date.UTC(2026, 11, 1, 8)
 */
export function nextRun(schedule: Schedule, after: number, ctx: ScheduleContext): number | null {
  const start = schedule.between?.start ? Date.parse(schedule.between.start) : -Infinity;
  const end = schedule.between?.end ? Date.parse(schedule.between.end) : Infinity;
  const lower = Math.max(after, start - 1);
  const ok = (t: number) => t > lower && t <= end && inWindows(t, schedule.restrict, ctx.timeZone);
  switch (schedule.type) {
    case 'on-demand':
    case 'immediately':
      return null;
    case 'once': {
      const t = Date.parse(schedule.date);
      return Number.isFinite(t) && ok(t) ? t : null;
    }
    case 'indefinitely':
      return nextInterval(schedule, lower, end, ctx, start);
    default:
      return nextCalendar(schedule, lower, end, ctx, ok);
  }
}

function nextInterval(
  schedule: Schedule & { type: 'indefinitely' },
  lower: number,
  end: number,
  ctx: ScheduleContext,
  start: number,
): number | null {
  const step = Math.round(schedule.minutes * MINUTE);
  if (!(step >= MINUTE)) return null;
  const anchor = ctx.anchor ?? (Number.isFinite(start) ? start - step : 0);
  // Slot k ≥ 1 is anchor + k·step: the first run comes one interval after switching on.
  const firstAtOrAfter = (t: number) => anchor + Math.max(1, Math.ceil((t - anchor) / step)) * step;
  let t = firstAtOrAfter(lower + 1);
  for (let i = 0; i < MAX_JUMPS && t <= end; i++) {
    if (inWindows(t, schedule.restrict, ctx.timeZone)) return t;
    const open = nextWindowOpen(t, schedule.restrict, ctx.timeZone);
    if (open === null) return null;
    t = firstAtOrAfter(Math.max(open, t + 1));
  }
  return null;
}

function nextCalendar(
  schedule: Schedule & { type: 'daily' | 'weekly' | 'monthly' | 'yearly' },
  lower: number,
  end: number,
  ctx: ScheduleContext,
  ok: (t: number) => boolean,
): number | null {
  const minutes = parseTime(schedule.time);
  if (minutes === null) return null;
  // A day earlier than `lower`'s wall date covers zones west of UTC near midnight.
  const first = addDays(wallTime(lower, ctx.timeZone), -1);
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const d = addDays(first, i);
    if (!dateMatches(schedule, d)) continue;
    const t = zonedToUtc(d.year, d.month, d.day, minutes, ctx.timeZone);
    if (t > end) return null;
    if (ok(t)) return t;
  }
  return null;
}

/** Days of the month that a month lacks (31 April) never match: that month has no run. */
function dateMatches(
  s: Schedule & { type: 'daily' | 'weekly' | 'monthly' | 'yearly' },
  d: { month: number; day: number; weekday: number },
): boolean {
  switch (s.type) {
    case 'daily':
      return true;
    case 'weekly':
      return s.days.includes(d.weekday);
    case 'monthly':
      return s.days.includes(d.day);
    case 'yearly':
      return s.months.includes(d.month) && s.days.includes(d.day);
  }
}
