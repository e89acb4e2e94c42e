import { describe, expect, it } from 'vitest';
import { incompleteRepo } from './incomplete-repo';
import { periodKeys } from './periods';
import type { IncompleteExecutionRecord } from './records';
import { scenarioStateRepo } from './scenario-state-repo';
import { testDb } from './test-db';
import { usageRepo } from './usage-repo';

const at = new Date('2026-11-30T23:30:00Z');

describe('usageRepo', () => {
  it('counts each execution once into its scenario and the total, per day and month', async () => {
    const db = testDb();
    const repo = usageRepo(db);
    const entry = {
      executionId: 'e1',
      scenarioId: 's1',
      at,
      timeZone: 'UTC',
      operations: 5,
      dataTransfer: 100,
    };
    expect(await repo.record(entry)).toBe(true);
    expect(await repo.record(entry)).toBe(false);
    await repo.record({ ...entry, executionId: 'e2', scenarioId: 's2', operations: 2 });
    await repo.record({ ...entry, executionId: 'e3', at: new Date('2026-12-01T00:30:00Z') });
    expect(await repo.get('day:2026-11-30')).toMatchObject({
      operations: 7,
      dataTransfer: 200,
      executions: 2,
    });
    expect(await repo.get('month:2026-11', 's1')).toMatchObject({ operations: 5, executions: 1 });
    expect(await repo.get('month:2026-12', 's1')).toMatchObject({ operations: 5 });
    expect((await repo.ofPeriod('month:2026-11')).map((u) => u.scenarioId).sort()).toEqual([
      's1',
      's2',
    ]);
    await repo.forgetExecutions(['e1']);
    expect(await repo.get('exec:e1', 's1')).toBeUndefined();
  });

  it('takes days and months in the user time zone', () => {
    expect(periodKeys(at, 'Europe/Berlin')).toEqual({
      day: 'day:2026-12-01',
      month: 'month:2026-12',
    });
    expect(periodKeys(at, 'America/New_York')).toEqual({
      day: 'day:2026-11-30',
      month: 'month:2026-11',
    });
  });
});

describe('scenarioStateRepo', () => {
  it('lets only the first claim of a slot run it', async () => {
    const db = testDb();
    const repo = scenarioStateRepo(db);
    const slot = new Date('2026-11-30T10:00:00Z');
    const claims = await Promise.all([repo.claimSlot('s1', slot), repo.claimSlot('s1', slot)]);
    expect(claims.sort()).toEqual([false, true]);
    expect(await repo.claimSlot('s1', new Date('2026-11-30T09:59:00Z'))).toBe(false);
    expect(await repo.claimSlot('s1', new Date('2026-11-30T10:01:00Z'))).toBe(true);
    const s = await repo.update('s1', (x) => ({ ...x, errorStreak: x.errorStreak + 1 }));
    expect(s).toMatchObject({ errorStreak: 1, lastSlot: '2026-11-30T10:01:00.000Z' });
    expect((await repo.get('other')).errorStreak).toBe(0);
  });
});

describe('incompleteRepo', () => {
  it('lists by scenario and state and finds the due retries', async () => {
    const db = testDb();
    const repo = incompleteRepo(db);
    const base: IncompleteExecutionRecord = {
      id: 'i1',
      scenarioId: 's1',
      executionId: 'e1',
      createdAt: '2026-11-30T10:00:00.000Z',
      state: 'pending',
      reason: { type: 'ConnectionError', message: 'down' },
      attempts: 0,
      retry: { kind: 'backoff' },
      nextRetryAt: '2026-11-30T10:01:00.000Z',
      size: 10,
      payload: { remaining: [] },
    };
    await repo.add(base);
    await repo.add(base);
    await repo.add({ ...base, id: 'i2', nextRetryAt: '2026-11-30T10:11:00.000Z' });
    await repo.add({ ...base, id: 'i3', state: 'unresolved', nextRetryAt: null });
    expect((await repo.due(new Date('2026-11-30T10:05:00Z'))).map((r) => r.id)).toEqual(['i1']);
    expect((await repo.list('s1', 'pending')).length).toBe(2);
    await repo.update('i1', (r) => ({ ...r, state: 'resolved', nextRetryAt: null }));
    expect(await repo.countByState('resolved')).toBe(1);
    await expect(repo.update('zz', (r) => r)).rejects.toMatchObject({ code: 'STORAGE_NOT_FOUND' });
  });
});
