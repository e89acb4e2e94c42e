import type { Clock } from '../clock';

interface Timer {
  id: number;
  /** Elapsed (monotonic) time at which it fires: timers wait real time, not wall-clock time. */
  at: number;
  fn: () => void;
}

/**
 * A clock for tests: time moves only when told. Like a browser, timers count elapsed time while
 * `now()` is the wall clock, which can be changed on its own (`setWall`: the user fixes the
 * system clock) or jump together with elapsed time while nothing runs (`sleep`: a laptop lid).
 *
 * @example const clock = fakeClock(Date.parse('2026-11-30T10:00:00Z')); await clock.advance(60_000);
 */
export function fakeClock(start: number) {
  let wall = start;
  let mono = 0;
  let seq = 0;
  let timers: Timer[] = [];
  const settle = async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => globalThis.setTimeout(r, 0));
  };
  const earliest = (upTo: number) =>
    timers.filter((t) => t.at <= upTo).sort((a, b) => a.at - b.at || a.id - b.id)[0];
  const fire = async (t: Timer) => {
    timers = timers.filter((x) => x !== t);
    t.fn();
    await settle();
  };
  return {
    now: () => wall,
    setTimeout(fn: () => void, ms: number) {
      const timer = { id: ++seq, at: mono + Math.max(0, ms), fn };
      timers.push(timer);
      return timer.id;
    },
    clearTimeout(handle: unknown) {
      timers = timers.filter((t) => t.id !== handle);
    },
    /** Lets `ms` pass, firing every timer at its time. */
    async advance(ms: number) {
      const target = mono + ms;
      for (let t = earliest(target); t; t = earliest(target)) {
        wall += Math.max(0, t.at - mono);
        mono = Math.max(mono, t.at);
        await fire(t);
      }
      wall += target - mono;
      mono = target;
      await settle();
    },
    /** The machine sleeps for `ms`: nothing fires meanwhile; overdue timers fire once on waking. */
    async sleep(ms: number) {
      wall += ms;
      mono += ms;
      for (let t = earliest(mono); t; t = earliest(mono)) await fire(t);
      await settle();
    },
    /** The wall clock is set to another time; elapsed time and timers are unaffected. */
    setWall(ms: number) {
      wall = ms;
    },
    pending: () => timers.length,
  } satisfies Clock & Record<string, unknown>;
}
