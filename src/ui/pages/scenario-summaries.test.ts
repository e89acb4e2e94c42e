import { describe, expect, it } from 'vitest';
import { executionsRepo, usageRepo, type ExecutionRecord } from '../../storage';
import { testDb } from '../../storage/test-db';
import { scenarioSummaries } from './scenario-summaries';

const run = (
  id: string,
  scenarioId: string,
  startedAt: string,
  status: ExecutionRecord['status'],
) =>
  ({
    id,
    scenarioId,
    status,
    startedAt,
    durationMs: 10,
    operations: 3,
    dataTransfer: 0,
    triggerKind: 'manual',
    revisionId: null,
    error: null,
  }) satisfies ExecutionRecord;

describe('scenarioSummaries', () => {
  it("takes each scenario's newest run and this month's counters", async () => {
    const db = testDb();
    const ex = executionsRepo(db);
    await ex.finish(run('e1', 'a', '2026-11-02T10:00:00.000Z', 'success'), []);
    await ex.finish(run('e2', 'a', '2026-11-20T10:00:00.000Z', 'error'), []);
    await ex.finish(run('e3', 'b', '2026-11-05T10:00:00.000Z', 'warning'), []);
    const usage = usageRepo(db);
    const at = new Date('2026-11-20T10:00:00Z');
    await usage.record({
      executionId: 'e2',
      scenarioId: 'a',
      at,
      timeZone: 'UTC',
      operations: 7,
      dataTransfer: 1,
    });
    await usage.record({
      executionId: 'e1',
      scenarioId: 'a',
      at,
      timeZone: 'UTC',
      operations: 4,
      dataTransfer: 1,
    });
    // Last month's usage does not count.
    await usage.record({
      executionId: 'old',
      scenarioId: 'b',
      at: new Date('2026-10-31T10:00:00Z'),
      timeZone: 'UTC',
      operations: 50,
      dataTransfer: 0,
    });
    const s = await scenarioSummaries(db, ['a', 'b', 'c'], new Date('2026-11-30T12:00:00Z'), 'UTC');
    expect(s.get('a')).toEqual({
      lastRun: { status: 'error', startedAt: '2026-11-20T10:00:00.000Z' },
      monthOperations: 11,
    });
    expect(s.get('b')).toEqual({
      lastRun: { status: 'warning', startedAt: '2026-11-05T10:00:00.000Z' },
      monthOperations: 0,
    });
    expect(s.get('c')).toEqual({ lastRun: null, monthOperations: 0 });
  });
});
