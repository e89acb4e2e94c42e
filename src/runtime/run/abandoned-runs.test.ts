import { describe, expect, it } from 'vitest';
import { executionsRepo, scenariosRepo, type ExecutionRecord } from '../../storage';
import { testDb } from '../../storage/test-db';
import { closeAbandonedRuns } from './abandoned-runs';

const run = (id: string, scenarioId: string, startedAt: string): ExecutionRecord =>
  ({
    id,
    scenarioId,
    status: 'running',
    startedAt,
    durationMs: 0,
    operations: 0,
    dataTransfer: 0,
    triggerKind: 'manual',
    revisionId: null,
    error: null,
  }) as ExecutionRecord;

describe('closeAbandonedRuns', () => {
  it('turns runs left running past their limit into errors and leaves younger ones alone', async () => {
    const db = testDb();
    const s = await scenariosRepo(db).create('Long');
    await scenariosRepo(db).setRunTimeLimit(s.id, 5 * 60_000);
    const repo = executionsRepo(db);
    await repo.start(run('old', s.id, '2026-11-30T10:00:00.000Z'));
    await repo.start(run('young', s.id, '2026-11-30T10:03:00.000Z'));
    await repo.start(run('default-limit', 'gone', '2026-11-30T09:30:00.000Z'));

    const closed = await closeAbandonedRuns(db, new Date('2026-11-30T10:06:30.000Z'));

    expect(closed).toBe(1);
    expect(await repo.get('old')).toMatchObject({
      status: 'error',
      error: { type: 'ExecutionInterruptedError', message: expect.stringContaining('closed') },
    });
    expect((await repo.get('young'))?.status).toBe('running');
    // A deleted scenario's run uses the 40-minute default: 36.5 minutes is not past it.
    expect((await repo.get('default-limit'))?.status).toBe('running');
    expect(await closeAbandonedRuns(db, new Date('2026-11-30T10:12:00.000Z'))).toBe(2);
  });
});
