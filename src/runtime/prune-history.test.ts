import { describe, expect, it } from 'vitest';
import { executionsRepo, settingsRepo, usageRepo, type ExecutionRecord } from '../storage';
import { testDb } from '../storage/test-db';
import { pruneHistory } from './prune-history';

const run = (i: number): ExecutionRecord => ({
  id: `e${i}`,
  scenarioId: 's1',
  status: 'success',
  startedAt: new Date(Date.UTC(2026, 10, 1 + i)).toISOString(),
  durationMs: 1,
  operations: 1,
  dataTransfer: 1,
  triggerKind: 'schedule',
  revisionId: null,
  error: null,
});

describe('pruneHistory', () => {
  it('applies the retention setting and forgets usage markers of removed runs', async () => {
    const db = testDb();
    for (let i = 0; i < 5; i++) {
      await executionsRepo(db).finish(run(i), []);
      await usageRepo(db).record({
        executionId: `e${i}`,
        scenarioId: 's1',
        at: new Date(run(i).startedAt),
        timeZone: 'UTC',
        operations: 1,
        dataTransfer: 1,
      });
    }
    await settingsRepo(db).set('retention', { maxAgeDays: 30, maxCount: 2 });
    expect(await pruneHistory(db, new Date('2026-11-10T00:00:00Z'))).toBe(3);
    expect((await executionsRepo(db).page()).items.map((e) => e.id)).toEqual(['e4', 'e3']);
    expect(await usageRepo(db).get('exec:e0', 's1')).toBeUndefined();
    expect(await usageRepo(db).get('exec:e4', 's1')).toBeDefined();
    expect((await usageRepo(db).get('month:2026-11'))?.executions).toBe(5);
  });
});
