/** Time-of-day comparison for the `time:*` filter operators: `hh:mm[:ss]` text, or a date's wall time. */
import { toWall } from './dates/zoned';

const TIME = /^\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*$/;

function seconds(v: unknown, tz: string): number | undefined {
  if (v instanceof Date) {
    const w = toWall(v, tz);
    return w.hour * 3600 + w.minute * 60 + w.second;
  }
  if (typeof v !== 'string') return undefined;
  const m = TIME.exec(v);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const s = Number(m[3] ?? 0);
  if (h > 23 || min > 59 || s > 59) return undefined;
  return h * 3600 + min * 60 + s;
}

/**
 * Seconds between two times of day (negative when `a` is earlier); undefined if either is none.
 *
 * @example
 * compareTime('10:00', '09:30:00', 'UTC'); // 1800
 */
export function compareTime(a: unknown, b: unknown, tz: string): number | undefined {
  const x = seconds(a, tz);
  const y = seconds(b, tz);
  return x === undefined || y === undefined ? undefined : x - y;
}
