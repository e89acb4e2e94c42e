import type { Schedule } from '../../storage';
import { nextRun, type ScheduleContext } from './next-run';

/** Runs a schedule had while the app was closed (or asleep). */
export interface MissedRuns {
  /** How many slots were missed (at most `limit`; see `capped`). */
  count: number;
  /** True when there were more than `limit` (the count stops there). */
  capped: boolean;
  first: number | null;
  last: number | null;
}

/**
 * The slots of a schedule in `(from, to]`, counted up to `limit`.
 *
 * @example missedRuns({ type: 'indefinitely', minutes: 15 }, from, from + 3_600_000, ctx)
 * // { count: 4, capped: false, first: from + 900_000, last: from + 3_600_000 }
 */
export function missedRuns(
  schedule: Schedule,
  from: number,
  to: number,
  ctx: ScheduleContext,
  limit = 10_000,
): MissedRuns {
  let count = 0;
  let first: number | null = null;
  let last: number | null = null;
  for (let t = nextRun(schedule, from, ctx); t !== null && t <= to; t = nextRun(schedule, t, ctx)) {
    if (count === limit) return { count, capped: true, first, last };
    first ??= t;
    last = t;
    count++;
  }
  return { count, capped: false, first, last };
}
