import { describe, expect, it } from 'vitest';
import { revisionsRepo, scenariosRepo } from '../storage';
import { testDb } from '../storage/test-db';
import { createEngineApi } from '../../workers/engine-api';
import { importScenario } from './import-scenario';

describe('importScenario', () => {
  it('saves a restored blueprint as a new scenario with its first revision', async () => {
    const db = testDb();
    const engine = createEngineApi({ db });
    const text = JSON.stringify({
      name: 'Imported',
      flow: [{ id: 1, module: 'util:BasicTrigger', version: 1 }],
    });
    const r = await importScenario(db, engine, text, { now: new Date('2026-11-30T10:00:00Z') });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.scenario.name).toBe('Imported');
    const stored = await scenariosRepo(db).get(r.value.scenario.id);
    expect(
      (stored?.blueprint as { metadata: { scenario: { roundtrips: number } } }).metadata.scenario
        .roundtrips,
    ).toBe(1);
    expect((await revisionsRepo(db).list(r.value.scenario.id)).map((x) => x.number)).toEqual([1]);
  });

  it('changes nothing for an invalid blueprint and says what is wrong', async () => {
    const db = testDb();
    const r = await importScenario(db, createEngineApi({ db }), '{"flow": 5}');
    expect(r).toMatchObject({ ok: false, error: { code: 'WORKER_E010' } });
    expect(await db.scenarios.count()).toBe(0);
  });
});
