import { describe, expect, it } from 'vitest';
import { allModules, createRegistry, defineModule } from '../src/apps';
import type { RunEvent } from '../src/bridge/engine-api';
import { dataStoresRepo, executionsRepo, scenariosRepo, type WeftDb } from '../src/storage';
import { testDb } from '../src/storage/test-db';
import { m, testModules } from '../tests/blueprints/kit';
import { createEngineApi } from './engine-api';

/** Waits until the run's abort signal fires, then hands on one bundle (a cooperative module). */
const waitForStop = defineModule(
  { id: 'test:WaitForStop', label: 'Wait', description: 'until aborted', kind: 'action' },
  {
    run: (ctx) =>
      new Promise<unknown[]>((resolve) =>
        ctx.signal.addEventListener('abort', () => resolve([{}])),
      ),
  },
);
const registry = createRegistry([...allModules, ...testModules, waitForStop]);
const blueprint = (flow: unknown[], scenario: Record<string, unknown> = {}) => ({
  name: 'w',
  flow,
  metadata: { scenario },
});

async function setup(flow: unknown[], scenario: Record<string, unknown> = {}) {
  const db: WeftDb = testDb();
  const s = await scenariosRepo(db).create('S');
  await scenariosRepo(db).saveBlueprint(s.id, blueprint(flow, scenario));
  const api = createEngineApi({ db, registry, capabilities: new Set(['http', 'files']) });
  return { db, api, scenarioId: s.id };
}

describe('runOnce in the worker (fake-indexeddb)', () => {
  // [1 trigger: 2 bundles] → [2 action]
  it('runs the stored blueprint and records the execution, its logs, trigger and revision', async () => {
    const { db, api, scenarioId } = await setup([
      m(1, 'test:Trigger'),
      m(2, 'test:Action', { mapper: { v: '{{1.n}}' } }),
    ]);
    const events: RunEvent['type'][] = [];
    const r = await api.runOnce(
      {
        scenarioId,
        executionId: 'e1',
        trigger: 'manual',
        revisionId: 'rev-7',
        input: { bundles: [{ n: 1 }, { n: 2 }] },
        startedAt: '2026-11-30T10:00:00.000Z',
      },
      (e) => events.push(e.type),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.execution.operations).toBe(3);
    expect(events[0]).toBe('run-started');
    expect(events.at(-1)).toBe('run-finished');
    const stored = await executionsRepo(db).get('e1');
    expect(stored).toMatchObject({
      status: 'success',
      operations: 3,
      triggerKind: 'manual',
      revisionId: 'rev-7',
      startedAt: '2026-11-30T10:00:00.000Z',
    });
    const logs = await executionsRepo(db).logs('e1');
    expect(logs.map((l) => [l.moduleId, l.operations, l.output])).toEqual([
      ['1', 1, [{ n: 1 }, { n: 2 }]],
      ['2', 2, [{ v: 1 }, { v: 2 }]],
    ]);
  });

  // [1 trigger] → [2 write {{1.k}} to store "27"]   (store 27 bound to a local store)
  it('writes data-store records through the bindings, in one commit per cycle', async () => {
    const db = testDb();
    const store = await dataStoresRepo(db).create('Orders');
    const s = await scenariosRepo(db).create('S');
    const bp = blueprint([
      m(1, 'test:Trigger'),
      m(2, 'test:Write', {
        parameters: { datastore: 27 },
        mapper: { key: '{{1.k}}', data: '{{1.d}}' },
      }),
    ]);
    (bp.metadata as Record<string, unknown>).weft = { bindings: { 'datastore:27': store.id } };
    const api = createEngineApi({ db, registry });
    const r = await api.runOnce({
      scenarioId: s.id,
      blueprint: bp,
      trigger: 'manual',
      input: {
        bundles: [
          { k: 'a', d: 1 },
          { k: 'b', d: 2 },
        ],
      },
    });
    expect(r.ok && r.value.execution.status).toBe('success');
    const rows = await dataStoresRepo(db).page(store.id);
    expect(rows.map((x) => [x.key, x.data])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('keeps no bundles of a confidential scenario, and records nothing when asked', async () => {
    const { db, api, scenarioId } = await setup([m(1, 'test:Trigger')], { confidential: true });
    await api.runOnce({
      scenarioId,
      executionId: 'c1',
      trigger: 'manual',
      input: { bundles: [1] },
    });
    expect((await executionsRepo(db).get('c1'))?.status).toBe('success');
    expect(await executionsRepo(db).logs('c1')).toEqual([]);
    const r = await api.runOnce({
      scenarioId,
      executionId: 'c2',
      trigger: 'manual',
      record: false,
    });
    expect(r.ok && r.value.recorded).toBe(false);
    expect(await executionsRepo(db).get('c2')).toBeUndefined();
  });

  it('stops a run on request and reports it in status meanwhile', async () => {
    // [1 wait for stop] → [2 action]: the engine sees the abort before module 2's operation
    const { db, api, scenarioId } = await setup([m(1, 'test:WaitForStop'), m(2, 'test:Action')]);
    const pending = api.runOnce({ scenarioId, executionId: 'x', trigger: 'manual' });
    await new Promise((r) => setTimeout(r, 20));
    expect((await api.status()).running).toMatchObject([{ executionId: 'x', scenarioId }]);
    expect((await executionsRepo(db).get('x'))?.status).toBe('running');
    expect(await api.stop('x')).toEqual({ ok: true, value: undefined });
    const r = await pending;
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.execution.status).toBe('error');
    expect(r.value.execution.error?.type).toBe('ExecutionInterruptedError');
    expect((await executionsRepo(db).get('x'))?.status).toBe('error');
    expect((await api.status()).running).toEqual([]);
    expect(await api.stop('x')).toMatchObject({ ok: false, error: { code: 'WORKER_E013' } });
  });

  it('parses stored webhook requests into the webhook trigger’s bundles', async () => {
    const { api, scenarioId } = await setup([
      m(1, 'gateway:CustomWebHook', { parameters: { hook: 1 } }),
    ]);
    const request = {
      eventId: '1-1',
      hookId: 'h',
      method: 'POST',
      path: '/hook/h',
      query: 'src=q',
      headers: [['content-type', 'application/json']] as [string, string][],
      bodyBase64: btoa('{"name":"Ada"}'),
      receivedAt: '2026-11-30T10:00:00.000Z',
    };
    const r = await api.runOnce({ scenarioId, trigger: 'webhook', input: { requests: [request] } });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.execution.modules['1']?.output).toEqual([{ src: 'q', name: 'Ada' }]);
  });

  it('answers coded errors for a missing scenario and an invalid blueprint', async () => {
    const api = createEngineApi({ db: testDb(), registry });
    expect(await api.runOnce({ scenarioId: 'nope', trigger: 'manual' })).toMatchObject({
      ok: false,
      error: { code: 'WORKER_E011' },
    });
    const bad = await api.runOnce({ scenarioId: 'x', trigger: 'manual', blueprint: { flow: 3 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'WORKER_E010' } });
    expect(bad.ok ? [] : bad.error.problems?.map((p) => p.path)).toEqual(['flow']);
  });
});

describe('runModule in the worker', () => {
  it('runs one module on given bundles and records a single-module execution', async () => {
    const { db, api, scenarioId } = await setup([
      m(1, 'test:Trigger'),
      m(2, 'test:Action', { mapper: { hi: 'Hi {{1.name}}' } }),
    ]);
    const r = await api.runModule({
      scenarioId,
      executionId: 's1',
      moduleId: 2,
      bundles: { '1': { name: 'Ada' } },
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.output).toEqual([{ hi: 'Hi Ada' }]);
    expect(await executionsRepo(db).get('s1')).toMatchObject({
      triggerKind: 'single-module',
      operations: 1,
      status: 'success',
    });
    expect((await executionsRepo(db).logs('s1'))[0]?.input).toEqual([{ hi: 'Hi Ada' }]);
  });
});
