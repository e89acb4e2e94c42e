import { describe, expect, it } from 'vitest';
import { incompleteRepo } from '../storage';
import { testDb } from '../storage/test-db';
import { createEngineApi } from '../../workers/engine-api';
import { createEngineService } from './engine-service';
import { newIncomplete, startRetry } from './incomplete/retry-policy';
import { createEnginePool } from './pool/engine-pool';
import { fakeClock } from './testing/fake-clock';

describe('engine service', () => {
  it('counts a retry that cannot start (its scenario is gone) as a failed attempt', async () => {
    const db = testDb();
    const clock = fakeClock(Date.parse('2026-11-30T10:00:00Z'));
    const pool = createEnginePool({
      spawn: () => ({ api: createEngineApi({ db }), terminate: () => undefined }),
      size: 1,
      clock,
    });
    const service = createEngineService({ db, pool, clock, timeZone: () => 'UTC' });
    const record = newIncomplete(
      {
        id: 'i1',
        scenarioId: 'gone',
        executionId: 'e0',
        reason: { type: 'DataError', message: 'bad' },
        size: 10,
        payload: {},
      },
      new Date(clock.now()),
    );
    await incompleteRepo(db).add(startRetry(record));
    const r = await service.run({ scenarioId: 'gone', trigger: 'retry' }, undefined, 'i1');
    expect(r).toMatchObject({ ok: false, error: { code: 'WORKER_E011' } });
    expect(await incompleteRepo(db).get('i1')).toMatchObject({
      state: 'unresolved',
      attempts: 1,
      reason: { type: 'RuntimeError' },
    });
  });
});
