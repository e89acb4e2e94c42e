/**
 * Helpers for engine tests: blueprint builders, a fixed clock, test modules and a runner with
 * in-memory data stores. Test modules live under the `test:` app so they never clash with real ones.
 */
import { ModuleError, createRegistry, allModules, defineModule } from '../../src/apps';
import type { ModuleErrorType } from '../../src/apps';
import { restoreBlueprint } from '../../src/domain';
import type { Blueprint } from '../../src/domain';
import { createMemoryDataStores, runScenario } from '../../src/engine';
import type { EnginePorts, ExecutionRecord, RunOptions } from '../../src/engine';

export const m = (id: number, module: string, extra: Record<string, unknown> = {}) => ({
  id,
  module,
  version: 1,
  ...extra,
});

/** A restored blueprint from a flow and optional scenario settings. */
export function bp(flow: unknown[], scenario: Record<string, unknown> = {}): Blueprint {
  const r = restoreBlueprint({ name: 'test', flow, metadata: { scenario } });
  if (!r.ok) throw new Error(r.error.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.value.blueprint;
}

export const fixedClock = (iso = '2026-03-05T10:00:00.000Z') => {
  let t = 0;
  return { now: () => new Date(iso), elapsedMs: () => (t += 1) };
};

/** Calls of commit/rollback hooks, in order, across a run: `commit:2`. */
export const hookCalls: string[] = [];

const hooks = {
  commit: (ctx: { moduleId: string }) => void hookCalls.push(`commit:${ctx.moduleId}`),
  rollback: (ctx: { moduleId: string }) => void hookCalls.push(`rollback:${ctx.moduleId}`),
};

/** Operations of `test:Trace` modules, in execution order: `3:a`. Tests clear it first. */
export const trace: string[] = [];

export const testModules = [
  defineModule(
    {
      id: 'test:Respond',
      label: 'Test response',
      description: 'responds with input.body',
      kind: 'responder',
    },
    {
      run: (ctx, input) => {
        ctx.respond({
          status: 200,
          headers: [['content-type', 'text/plain']],
          body: String((input as { body?: unknown }).body),
        });
        return [{}];
      },
    },
  ),
  defineModule(
    {
      id: 'test:Trace',
      label: 'Test trace',
      description: 'records moduleId:input.tag',
      kind: 'action',
    },
    {
      run: (ctx, input) => {
        trace.push(`${ctx.moduleId}:${String((input as { tag?: unknown }).tag)}`);
        return [input];
      },
    },
  ),
  defineModule(
    {
      id: 'test:Trigger',
      label: 'Test trigger',
      description: 'parameters.bundles in cycle 1',
      kind: 'trigger',
    },
    {
      read: (ctx) => (ctx.cycle === 1 ? ((ctx.parameters.bundles as unknown[]) ?? []) : []),
      ...hooks,
    },
  ),
  defineModule(
    { id: 'test:Action', label: 'Test action', description: 'outputs its input', kind: 'action' },
    { run: (_ctx, input) => [input], ...hooks },
  ),
  defineModule(
    {
      id: 'test:Search',
      label: 'Test search',
      description: 'outputs input.items as bundles',
      kind: 'search',
    },
    { run: (_ctx, input) => (input as { items?: unknown[] }).items ?? [] },
  ),
  defineModule(
    {
      id: 'test:Fail',
      label: 'Test failure',
      description: 'fails when input.fail is truthy',
      kind: 'action',
    },
    {
      run: async (_ctx, input) => {
        const i = input as { fail?: unknown; type?: ModuleErrorType; message?: string };
        if (i.fail) throw new ModuleError(i.type ?? 'DataError', i.message ?? 'it failed');
        return [input];
      },
    },
  ),
  defineModule(
    {
      id: 'test:Write',
      label: 'Test write',
      description: 'writes input.key=input.data',
      kind: 'action',
      transactional: true,
    },
    {
      run: (ctx, input) => {
        const i = input as { key: string; data: unknown };
        ctx.dataStores.set(String(ctx.parameters.datastore), i.key, i.data);
        return [{ key: i.key }];
      },
    },
  ),
];

export const registry = createRegistry([...allModules, ...testModules]);

export interface TestRun {
  record: ExecutionRecord;
  stores: Record<string, { key: string; data: unknown }[]>;
}

/** Runs with full logging and in-memory stores seeded from `seed`. */
export async function run(
  blueprint: Blueprint,
  options: RunOptions = {},
  seed: Record<string, { key: string; data: unknown }[]> = {},
  ports: Partial<EnginePorts> = {},
): Promise<TestRun> {
  const dataStores = createMemoryDataStores(seed);
  const record = await runScenario(
    blueprint,
    registry,
    { clock: fixedClock(), dataStores, ...ports },
    {
      logLevel: 'full',
      ...options,
    },
  );
  return { record, stores: dataStores.snapshot() };
}

/** Operations per module id, for compact assertions. */
export const opsOf = (r: ExecutionRecord) =>
  Object.fromEntries(Object.entries(r.modules).map(([id, l]) => [id, l.operations]));

/** Output bundles of one module. */
export const outputOf = (r: ExecutionRecord, id: number) => r.modules[String(id)]?.output ?? [];
export const inputOf = (r: ExecutionRecord, id: number) => r.modules[String(id)]?.input ?? [];
