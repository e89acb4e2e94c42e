import { describe, expect, it } from 'vitest';
import { scenarioStateRepo, usageRepo, type ExecutionRecord } from '../storage';
import { testDb } from '../storage/test-db';
import { recordOutcome } from './record-outcome';

const run = (id: string, status: ExecutionRecord['status']): ExecutionRecord => ({
  id,
  scenarioId: 's1',
  status,
  startedAt: '2026-11-30T10:00:00.000Z',
  durationMs: 5,
  operations: 4,
  dataTransfer: 50,
  triggerKind: 'webhook',
  revisionId: null,
  error: status === 'error' ? { type: 'RuntimeError', message: 'boom' } : null,
});
const opts = { instant: true, timeZone: 'UTC' };
const now = new Date('2026-11-30T10:01:00Z');

describe('recordOutcome', () => {
  it('counts usage and the error streak once per execution, and deactivates with a reason', async () => {
    const db = testDb();
    await recordOutcome(db, run('e1', 'success'), opts, now);
    await recordOutcome(db, run('e1', 'success'), opts, now);
    const first = await recordOutcome(db, run('e2', 'error'), opts, now);
    const again = await recordOutcome(db, run('e2', 'error'), opts, now);
    expect(first).toEqual({
      deactivated: true,
      deactivatedReason:
        'Switched off after an error (instant scenarios stop at the first): RuntimeError: boom.',
    });
    expect(again.deactivated).toBe(false);
    expect((await scenarioStateRepo(db).get('s1')).errorStreak).toBe(1);
    expect(await usageRepo(db).get('month:2026-11')).toMatchObject({
      operations: 8,
      executions: 2,
    });
  });
});
