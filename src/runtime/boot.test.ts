import { describe, expect, it } from 'vitest';
import { allModules, createRegistry, defineModule, ModuleError } from '../apps';
import { executionsRepo, incompleteRepo, usageRepo, type WeftDb } from '../storage';
import { testDb } from '../storage/test-db';
import { createEngineApi } from '../../workers/engine-api';
import { testModules as hangModules } from '../../workers/test-modules';
import { startRuntime } from './boot';
import { fakeClock } from './testing/fake-clock';
import { fakeTabs } from './testing/fake-locks';
import { testHooks } from './testing/test-hooks';

const T0 = Date.parse('2026-11-30T10:00:00.000Z');
const MIN = 60_000;

/** Fails with a ConnectionError the first time, then succeeds (a flaky API). */
let flaky = 0;
const flakyModule = defineModule(
  { id: 'test:Flaky', label: 'Flaky', description: 'fails once', kind: 'action' },
  {
    run: (_ctx, input) => {
      if (flaky++ === 0) throw new ModuleError('ConnectionError', 'ECONNRESET');
      return [input];
    },
  },
);
const registry = createRegistry([...allModules, ...hangModules, flakyModule]);

const bp = (flow: unknown[], scenario: Record<string, unknown> = {}) => ({
  name: 'b',
  flow,
  metadata: { scenario },
});
const trigger = {
  id: 1,
  module: 'util:BasicTrigger',
  version: 1,
  parameters: { values: [{ spec: [{ name: 'n', value: 1 }] }] },
};
const compose = { id: 2, module: 'util:ComposeTransformer', version: 1, mapper: { value: 'x' } };

/** Polls until `check` passes (IndexedDB work finishes after the fake clock's timers). */
async function eventually(check: () => Promise<void>) {
  for (let i = 0; ; i++) {
    try {
      return await check();
    } catch (e) {
      if (i > 200) throw e;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

function tab(db: WeftDb, env: ReturnType<typeof fakeTabs>, name: string) {
  const clock = fakeClock(T0);
  const runtime = startRuntime({
    db,
    clock,
    spawn: () => ({ api: createEngineApi({ db, registry }), terminate: () => undefined }),
    poolSize: 2,
    locks: env.locks(name),
    openChannel: env.channels(name),
    tabId: name,
    browserTimeZone: 'UTC',
  });
  return { clock, runtime, hooks: testHooks(db, runtime, clock) };
}

describe('runtime boot (two fake tabs, one fake-indexeddb database)', () => {
  it('runs an every-minute scenario once per slot with two tabs; the follower takes over', async () => {
    const db = testDb();
    const env = fakeTabs();
    const a = tab(db, env, 'a');
    const b = tab(db, env, 'b');
    const id = await a.hooks.seedScenario({
      name: 'Every minute',
      blueprint: bp([trigger, compose]),
      schedule: { type: 'indefinitely', minutes: 1 },
      enabled: true,
    });
    await a.runtime.ready();
    expect(a.runtime.state().leader.role).toBe('leader');
    for (let i = 0; i < 3; i++) {
      await Promise.all([a.clock.advance(MIN), b.clock.advance(MIN)]);
      await eventually(async () => expect(await executionsRepo(db).count(id)).toBe(i + 1));
    }
    env.crash('a');
    a.runtime.destroy();
    await eventually(async () => expect(b.runtime.state().leader.role).toBe('leader'));
    await b.runtime.ready();
    await b.clock.advance(MIN);
    await eventually(async () => expect(await executionsRepo(db).count(id)).toBe(4));
    const runs = await b.hooks.executions(id);
    expect(runs.map((r) => [r.triggerKind, r.status, r.operations])).toEqual(
      Array.from({ length: 4 }, () => ['schedule', 'success', 2]),
    );
    expect(runs[0]?.logs).toEqual([
      { moduleId: '1', operations: 1 },
      { moduleId: '2', operations: 1 },
    ]);
    expect(runs.every((r) => r.revisionId !== null)).toBe(true);
    expect((await usageRepo(db).get('day:2026-11-30'))?.operations).toBe(8);
    b.runtime.destroy();
  });

  it('terminates a run that passes the scenario limit, records it as an error, and runs the next', async () => {
    const db = testDb();
    const t = tab(db, fakeTabs(), 'a');
    const hang = { id: 2, module: 'weft-test:Hang', version: 1 };
    const hid = await t.hooks.seedScenario({
      name: 'Hangs',
      blueprint: bp([trigger, hang]),
      runTimeLimitMs: 5000,
    });
    const events: string[] = [];
    const pending = t.runtime.engine.runOnce({ scenarioId: hid, trigger: 'manual' }, (e) =>
      events.push(e.type),
    );
    await eventually(async () => expect((await t.runtime.engine.status()).running).toHaveLength(1));
    await t.clock.advance(5000);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'RUNTIME_E001' } });
    const [stored] = await t.hooks.executions(hid);
    expect(stored).toMatchObject({
      status: 'error',
      triggerKind: 'manual',
      operations: 2,
      error: { type: 'ScenarioTimeoutError' },
    });
    expect(events.at(-1)).toBe('run-finished');
    const nid = await t.hooks.seedScenario({ name: 'Fine', blueprint: bp([trigger, compose]) });
    const next = await t.runtime.engine.runOnce({ scenarioId: nid, trigger: 'manual' });
    expect(next.ok && next.value.execution.status).toBe('success');
    t.runtime.destroy();
  });

  it('stores an incomplete execution and retries it after Make’s first backoff step', async () => {
    flaky = 0;
    const db = testDb();
    const t = tab(db, fakeTabs(), 'a');
    const fl = { id: 2, module: 'test:Flaky', version: 1, mapper: { a: 1 } };
    const id = await t.hooks.seedScenario({
      name: 'Flaky',
      blueprint: bp([trigger, fl], { dlq: true }),
    });
    await t.runtime.ready();
    const r = await t.runtime.engine.runOnce({ scenarioId: id, trigger: 'manual' });
    expect(r.ok && r.value.execution.status).toBe('warning');
    const [stored] = await incompleteRepo(db).list(id);
    expect(stored).toMatchObject({ state: 'pending', retry: { kind: 'backoff' } });
    await t.clock.advance(MIN);
    await eventually(async () =>
      expect((await incompleteRepo(db).get(stored!.id))?.state).toBe('resolved'),
    );
    const runs = await t.hooks.executions(id);
    expect(runs.map((x) => [x.triggerKind, x.status])).toEqual([
      ['manual', 'warning'],
      ['retry', 'success'],
    ]);
    expect((await usageRepo(db).get('day:2026-11-30', id))?.executions).toBe(2);
    t.runtime.destroy();
  });
});
