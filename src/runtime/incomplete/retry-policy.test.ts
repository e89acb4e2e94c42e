import { describe, expect, it } from 'vitest';
import { incompleteRepo, type IncompleteExecutionRecord } from '../../storage';
import { testDb } from '../../storage/test-db';
import { fakeClock } from '../testing/fake-clock';
import { pickRetries } from './pick-retries';
import {
  afterAttempt,
  newIncomplete,
  resolveManually,
  retryManually,
  startRetry,
} from './retry-policy';

const T0 = Date.parse('2026-11-30T10:00:00Z');
const MIN = 60_000;
const connection = { type: 'ConnectionError', message: 'ECONNRESET' };

const make = (
  id: string,
  scenarioId = 's1',
  over: Partial<Parameters<typeof newIncomplete>[0]> = {},
) =>
  newIncomplete(
    {
      id,
      scenarioId,
      executionId: `e-${id}`,
      reason: connection,
      size: 10,
      payload: null,
      ...over,
    },
    new Date(T0),
  );

describe('automatic retries', () => {
  it("follow Make's backoff 1, 10, 10, 30, 30, 30, 180, 180 min, then give up", async () => {
    // Every minute the runtime asks storage what is due, starts it, and the retry fails again.
    const db = testDb();
    const repo = incompleteRepo(db);
    const clock = fakeClock(T0);
    await repo.add(make('i1'));
    const attemptsAt: number[] = [];
    for (let minute = 0; minute < 600; minute++) {
      await clock.advance(MIN);
      const now = new Date(clock.now());
      for (const r of pickRetries(await repo.due(now), new Map(), new Set(), now)) {
        await repo.update(r.id, startRetry);
        attemptsAt.push((clock.now() - T0) / MIN);
        await repo.update(r.id, (x) => afterAttempt(x, { ok: false, reason: connection }, now));
      }
    }
    expect(attemptsAt).toEqual([1, 11, 21, 51, 81, 111, 291, 471]);
    expect(await repo.get('i1')).toMatchObject({
      state: 'unresolved',
      attempts: 8,
      nextRetryAt: null,
    });
  });

  it('resolve on success, and stop at an error type Make does not retry', () => {
    const now = new Date(T0 + MIN);
    expect(afterAttempt(make('a'), { ok: true }, now)).toMatchObject({
      state: 'resolved',
      attempts: 1,
    });
    const data = afterAttempt(
      make('b'),
      { ok: false, reason: { type: 'DataError', message: 'bad' } },
      now,
    );
    expect(data).toMatchObject({
      state: 'unresolved',
      nextRetryAt: null,
      reason: { type: 'DataError' },
    });
    expect(make('c', 's1', { reason: { type: 'DataError', message: 'x' } })).toMatchObject({
      retry: null,
      nextRetryAt: null,
    });
  });

  it("follow a Break handler's own plan", () => {
    let r = make('b', 's1', {
      breakPlan: { attempts: 2, intervalMin: 15 },
      reason: { type: 'DataError', message: 'x' },
    });
    expect(r.nextRetryAt).toBe(new Date(T0 + 15 * MIN).toISOString());
    r = afterAttempt(
      r,
      { ok: false, reason: { type: 'DataError', message: 'x' } },
      new Date(T0 + 15 * MIN),
    );
    expect(r.nextRetryAt).toBe(new Date(T0 + 30 * MIN).toISOString());
    r = afterAttempt(
      r,
      { ok: false, reason: { type: 'DataError', message: 'x' } },
      new Date(T0 + 30 * MIN),
    );
    expect(r).toMatchObject({ state: 'unresolved', attempts: 2 });
  });

  it('start at most 3 per scenario at once, and none while the scenario runs', () => {
    const now = new Date(T0 + 2 * MIN);
    const due: IncompleteExecutionRecord[] = [
      ...['a', 'b', 'c', 'd'].map((id) => make(id, 's1')),
      ...['e', 'f'].map((id) => make(id, 's2')),
      make('g', 's3'),
    ];
    expect(pickRetries(due, new Map(), new Set(), now).map((r) => r.id)).toEqual([
      'a',
      'b',
      'c',
      'e',
      'f',
      'g',
    ]);
    expect(pickRetries(due, new Map([['s1', 2]]), new Set(['s3']), now).map((r) => r.id)).toEqual([
      'a',
      'e',
      'f',
    ]);
    expect(pickRetries(due, new Map(), new Set(), new Date(T0))).toEqual([]);
  });

  it('can be retried or resolved by hand', () => {
    const now = new Date(T0 + 5 * MIN);
    const gaveUp = afterAttempt(
      make('a'),
      { ok: false, reason: { type: 'DataError', message: 'x' } },
      now,
    );
    expect(retryManually(gaveUp, now)).toMatchObject({
      state: 'pending',
      nextRetryAt: now.toISOString(),
    });
    expect(resolveManually(gaveUp)).toMatchObject({ state: 'resolved', nextRetryAt: null });
    const done = resolveManually(gaveUp);
    expect(retryManually(done, now)).toBe(done);
  });
});
