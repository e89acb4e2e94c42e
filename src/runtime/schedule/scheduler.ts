import type { Schedule } from '../../storage';
import type { Clock } from '../clock';
import { missedRuns, type MissedRuns } from './missed-runs';
import { nextRun } from './next-run';

/** What the scheduler needs to know about one scenario. */
export interface ScheduledScenario {
  id: string;
  schedule: Schedule;
  /** When it was switched on (interval schedules count from here). */
  anchor: number | null;
  /** The last slot any leader claimed for it. */
  lastSlot: number | null;
  catchUp: boolean;
  /** Switched on, not deactivated, not paused by a budget. */
  active: boolean;
}

export type ScheduledRunKind = 'schedule' | 'catch-up';

export interface SchedulerDeps {
  clock: Clock;
  timeZone: () => string;
  load: () => Promise<ScheduledScenario[]>;
  /** Persists a slot as taken; false when it was taken already (another tab, an earlier run). */
  claim: (scenarioId: string, slot: number) => Promise<boolean>;
  /** Starts a run (the pool queues it); the scheduler does not wait for it. */
  run: (scenarioId: string, kind: ScheduledRunKind, slot: number) => void;
  /** Runs missed while the app was closed (on start) or asleep (`late`). */
  onMissed?: (scenarioId: string, missed: MissedRuns, late: boolean) => void;
  /** Longest wait between checks, so clock changes are noticed (default 30 s). */
  maxWaitMs?: number;
}

interface Entry {
  s: ScheduledScenario;
  next: number | null;
  key: string;
}

const keyOf = (s: ScheduledScenario) => JSON.stringify([s.schedule, s.anchor, s.active]);

/**
 * The schedule loop of the leader tab. Each due scenario runs once for the latest slot that has
 * come, never once per slot: a laptop waking after hours, or a clock set forward, gives one run
 * (the skipped slots are reported), and a clock set back never repeats a slot (slots are claimed
 * in storage and only a later slot can be claimed).
 *
 * @example
 * const s = createScheduler({ clock: systemClock, timeZone, load, claim, run });
 * await s.start(); … s.refresh() after edits … s.destroy();
 */
export function createScheduler(deps: SchedulerDeps) {
  const entries = new Map<string, Entry>();
  const maxWait = deps.maxWaitMs ?? 30_000;
  let timer: unknown = null;
  let stopped = false;
  let chain: Promise<void> = Promise.resolve();

  const ctx = (s: ScheduledScenario) => ({ timeZone: deps.timeZone(), anchor: s.anchor });
  const nextAfter = (s: ScheduledScenario, t: number) =>
    s.active ? nextRun(s.schedule, Math.max(t, s.lastSlot ?? -Infinity), ctx(s)) : null;

  const serial = (work: () => Promise<void>) => {
    chain = chain.then(() => (stopped ? undefined : work())).catch(() => undefined);
    return chain;
  };

  const arm = () => {
    if (timer !== null) deps.clock.clearTimeout(timer);
    timer = null;
    if (stopped) return;
    const now = deps.clock.now();
    const nexts = [...entries.values()].map((e) => e.next).filter((n): n is number => n !== null);
    const wait = Math.min(maxWait, Math.max(0, Math.min(Infinity, ...nexts) - now));
    timer = deps.clock.setTimeout(() => void serial(tick), wait);
  };

  const fire = async (e: Entry, kind: ScheduledRunKind, slot: number) => {
    if (!(await deps.claim(e.s.id, slot))) return;
    e.s = { ...e.s, lastSlot: slot };
    deps.run(e.s.id, kind, slot);
  };

  async function tick() {
    const now = deps.clock.now();
    for (const e of entries.values()) {
      if (e.next === null) continue;
      if (e.next > now) {
        // The clock went back: recompute so the wait is not stretched by the jump.
        e.next = nextAfter(e.s, now);
        continue;
      }
      const due = missedRuns(e.s.schedule, e.next - 1, now, ctx(e.s), 10_000);
      const slot = due.last ?? e.next;
      if (due.count > 1) deps.onMissed?.(e.s.id, { ...due, count: due.count - 1 }, true);
      await fire(e, 'schedule', slot);
      e.next = nextAfter(e.s, Math.max(slot, now));
    }
    arm();
  }

  async function load(onStart: boolean) {
    const list = await deps.load();
    const now = deps.clock.now();
    const seen = new Set<string>();
    for (const s of list) {
      seen.add(s.id);
      const old = entries.get(s.id);
      if (old && old.key === keyOf(s)) {
        old.s = { ...s, lastSlot: Math.max(s.lastSlot ?? -Infinity, old.s.lastSlot ?? -Infinity) };
        continue;
      }
      const e: Entry = { s, next: null, key: keyOf(s) };
      entries.set(s.id, e);
      if (onStart && s.active) {
        const since = s.lastSlot ?? s.anchor;
        const missed = since === null ? null : missedRuns(s.schedule, since, now, ctx(s));
        if (missed && missed.count > 0) {
          deps.onMissed?.(s.id, missed, false);
          if (s.catchUp) await fire(e, 'catch-up', now);
        }
      }
      e.next = nextAfter(e.s, now);
    }
    for (const id of entries.keys()) if (!seen.has(id)) entries.delete(id);
    arm();
  }

  return {
    /** Loads the scenarios, reports missed runs, makes opted-in catch-up runs, starts the loop. */
    start: () => serial(() => load(true)),
    /** Reloads after scenarios or schedules changed. */
    refresh: () => serial(() => load(false)),
    /** When each scenario runs next (ms), for the UI. */
    nextRuns: () => new Map([...entries].map(([id, e]) => [id, e.next])),
    destroy() {
      stopped = true;
      if (timer !== null) deps.clock.clearTimeout(timer);
    },
  };
}
