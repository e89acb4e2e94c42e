import type { ScheduleWindow } from '../../storage';
import { addDays, parseTime, wallTime, zonedToUtc } from './zoned-time';

const SEARCH_DAYS = 400;

function timeRange(w: ScheduleWindow): [number, number] {
  const start = w.time ? (parseTime(w.time[0]) ?? 0) : 0;
  const end = w.time ? (parseTime(w.time[1]) ?? 1440) : 1440;
  return [start, end];
}

const dayMatches = (w: ScheduleWindow, weekday: number, month: number) =>
  (!w.days || w.days.length === 0 || w.days.includes(weekday)) &&
  (!w.months || w.months.length === 0 || w.months.includes(month));

/**
 * Whether an instant lies inside at least one window (no windows: always). A window's time range
 * is start-inclusive, end-exclusive; an end before the start runs past midnight (22:00–06:00).
 *
 * @example inWindows(t, [{ days: [1, 2, 3, 4, 5], time: ['09:00', '17:00'] }], 'Europe/Paris')
 */
export function inWindows(
  ms: number,
  windows: readonly ScheduleWindow[] | undefined,
  timeZone: string,
): boolean {
  if (!windows || windows.length === 0) return true;
  const w = wallTime(ms, timeZone);
  return windows.some((win) => {
    if (!dayMatches(win, w.weekday, w.month)) return false;
    const [start, end] = timeRange(win);
    return start <= end
      ? w.minutes >= start && w.minutes < end
      : w.minutes >= start || w.minutes < end;
  });
}

/** The first instant at or after `ms` that lies inside a window, or null within 400 days. */
export function nextWindowOpen(
  ms: number,
  windows: readonly ScheduleWindow[] | undefined,
  timeZone: string,
): number | null {
  if (inWindows(ms, windows, timeZone) || !windows) return ms;
  const today = wallTime(ms, timeZone);
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const d = addDays(today, i);
    const opens = windows
      .filter((w) => dayMatches(w, d.weekday, d.month))
      .map((w) => zonedToUtc(d.year, d.month, d.day, timeRange(w)[0], timeZone))
      .filter((t) => t > ms);
    if (opens.length > 0) return Math.min(...opens);
  }
  return null;
}
