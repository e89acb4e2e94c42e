import { describe, expect, it } from 'vitest';
import { fakeClock } from '../testing/fake-clock';
import { createScheduler, type ScheduledScenario } from './scheduler';

const T0 = Date.parse('2026-11-30T10:00:00Z');
const MIN = 60_000;
const iso = (t: number) => new Date(t).toISOString().slice(11, 16);

/** One scenario every `minutes`, switched on at T0, with slots claimed in a shared map. */
function setup(over: Partial<ScheduledScenario> = {}, claimed = new Map<string, number>()) {
  const clock = fakeClock(T0);
  const runs: string[] = [];
  const missed: string[] = [];
  const scenario: ScheduledScenario = {
    id: 's1',
    schedule: { type: 'indefinitely', minutes: 1 },
    anchor: T0,
    lastSlot: null,
    catchUp: false,
    active: true,
    ...over,
  };
  const scheduler = createScheduler({
    clock,
    timeZone: () => 'UTC',
    load: async () => [{ ...scenario, lastSlot: claimed.get(scenario.id) ?? scenario.lastSlot }],
    claim: async (id, slot) => {
      if ((claimed.get(id) ?? -Infinity) >= slot) return false;
      claimed.set(id, slot);
      return true;
    },
    run: (id, kind, slot) => runs.push(`${kind} ${iso(slot)}`),
    onMissed: (id, m, late) => missed.push(`${late ? 'late' : 'closed'} ${m.count}`),
  });
  return { clock, runs, missed, scheduler, claimed };
}

describe('scheduler', () => {
  it('runs an every-minute scenario once per slot', async () => {
    const { clock, runs, scheduler } = setup();
    await scheduler.start();
    await clock.advance(3 * MIN);
    expect(runs).toEqual(['schedule 10:01', 'schedule 10:02', 'schedule 10:03']);
    scheduler.destroy();
    await clock.advance(5 * MIN);
    expect(runs).toHaveLength(3);
  });

  it('runs once, not in a burst, after the laptop slept, and reports what it skipped', async () => {
    const { clock, runs, missed, scheduler } = setup();
    await scheduler.start();
    await clock.advance(MIN);
    await clock.sleep(60 * MIN);
    await clock.advance(MIN);
    expect(runs).toEqual(['schedule 10:01', 'schedule 11:01', 'schedule 11:02']);
    expect(missed).toEqual(['late 59']);
  });

  it('neither bursts when the clock is set forward nor repeats when it is set back', async () => {
    const { clock, runs, scheduler } = setup({ schedule: { type: 'daily', time: '10:30' } });
    await scheduler.start();
    clock.setWall(T0 + 3 * 24 * 60 * MIN);
    await clock.advance(MIN);
    expect(runs).toEqual(['schedule 10:30']);
    // Back to the first day, before 10:30: that slot (and every earlier one) was claimed.
    clock.setWall(T0);
    await clock.advance(40 * MIN);
    expect(runs).toEqual(['schedule 10:30']);
  });

  it('notices a clock set back within its longest wait, not after the jump', async () => {
    const { clock, runs, scheduler } = setup({ schedule: { type: 'daily', time: '10:30' } });
    await scheduler.start();
    // Set back a day: the next 10:30 is now 30 minutes away, not a day and 30 minutes.
    clock.setWall(T0 - 24 * 60 * MIN);
    await clock.advance(31 * MIN);
    expect(runs).toEqual(['schedule 10:30']);
  });

  it('lists runs missed while closed and makes one catch-up run when opted in', async () => {
    const claimed = new Map([['s1', T0 - 10 * MIN]]);
    const anchor = T0 - 60 * MIN;
    const off = setup({ anchor }, new Map(claimed));
    await off.scheduler.start();
    expect(off.missed).toEqual(['closed 10']);
    expect(off.runs).toEqual([]);
    const on = setup({ anchor, catchUp: true }, new Map(claimed));
    await on.scheduler.start();
    await on.clock.advance(MIN);
    expect(on.runs).toEqual(['catch-up 10:00', 'schedule 10:01']);
  });

  it('lets two schedulers sharing storage run each slot once', async () => {
    const claimed = new Map<string, number>();
    const a = setup({}, claimed);
    const b = setup({}, claimed);
    await Promise.all([a.scheduler.start(), b.scheduler.start()]);
    for (let i = 0; i < 3; i++) await Promise.all([a.clock.advance(MIN), b.clock.advance(MIN)]);
    expect([...a.runs, ...b.runs].sort()).toEqual([
      'schedule 10:01',
      'schedule 10:02',
      'schedule 10:03',
    ]);
  });

  it('does not run inactive or on-demand scenarios', async () => {
    const off = setup({ active: false });
    await off.scheduler.start();
    await off.clock.advance(5 * MIN);
    const manual = setup({ schedule: { type: 'on-demand' } });
    await manual.scheduler.start();
    await manual.clock.advance(5 * MIN);
    expect([...off.runs, ...manual.runs]).toEqual([]);
    expect(manual.scheduler.nextRuns().get('s1')).toBeNull();
  });
});
