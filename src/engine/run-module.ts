import type { ModuleRegistry } from '../apps/contract';
import type { Blueprint } from '../domain';
import * as E from './errors';
import type { RunError } from './errors';
import { evaluateMapper } from './flow';
import { createMemoryCounters, createMemoryDataStores } from './memory-ports';
import { emptyModuleLog } from './module-log';
import { planScenario } from './plan';
import { DEFAULT_LIMITS } from './ports';
import type { EnginePorts, RunOptions } from './ports';
import type { RunState } from './run-state';
import { handlerContext, isThenable, toRunError } from './run-state';
import { createEvalContext, scopeFromRecord } from './scope';
import { createTransactionalDataStores } from './transactions';
import { createRunVariables } from './variables';

export interface SingleModuleResult {
  operations: number;
  /** The evaluated mapper (aggregators: one item per given bundle set). */
  input: unknown;
  output: unknown[];
  error: RunError | null;
}

/**
 * Make's "Run this module only": runs one module once on the given bundles (by module id, as its
 * mappings see them), without the modules around it. Data-store writes commit when it succeeds.
 *
 * @example
 * await runModuleOnce(bp, 3, { '1': { name: 'Ada' } }, registry, { clock });
 * // { operations: 1, input: { value: 'Hi Ada' }, output: [{ value: 'Hi Ada' }], error: null }
 */
export async function runModuleOnce(
  blueprint: Blueprint,
  moduleId: number,
  bundles: Record<string, unknown>,
  registry: ModuleRegistry,
  ports: EnginePorts,
  options: RunOptions = {},
): Promise<SingleModuleResult> {
  const planned = planScenario(blueprint, registry, ports.capabilities);
  if (!planned.ok) return { operations: 0, input: undefined, output: [], error: planned.error };
  const node = planned.plan.byKey.get(String(moduleId));
  if (!node)
    return { operations: 0, input: undefined, output: [], error: E.unknownModule(moduleId) };
  const now = ports.clock.now();
  const executionId = options.executionId ?? crypto.randomUUID();
  const timezone = options.timezone ?? 'UTC';
  const tx = createTransactionalDataStores(ports.dataStores ?? createMemoryDataStores());
  const run = {
    plan: planned.plan,
    settings: blueprint.metadata.scenario,
    ports,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    policy: { level: 'full', max: 0 },
    ctx: createEvalContext(now, timezone, executionId),
    scenarioId: options.scenarioId ?? 'scenario',
    executionId,
    timezone,
    now,
    startMs: ports.clock.elapsedMs(),
    tx,
    variables: createRunVariables(
      ports.counters ?? createMemoryCounters(),
      options.scenarioId ?? 'scenario',
    ),
    logs: planned.plan.nodes.map(() => emptyModuleLog()),
    handlerContexts: [],
    frames: [],
    errorFrames: [],
    incomplete: [],
    warnings: [],
    touched: [],
    started: [],
    cycle: 1,
    operations: 0,
    dataTransfer: 0,
    bundles: 0,
    sinceLimitCheck: 0,
    webhookResponse: null,
  } satisfies RunState;
  const input = evaluateMapper(run, node, scopeFromRecord(bundles));
  if (!input.ok)
    return {
      operations: 1,
      input: undefined,
      output: [],
      error: E.mappingFailed(node.key, input.message),
    };
  try {
    const h = node.handler;
    const ctx = handlerContext(run, node);
    const r = h.read
      ? h.read(ctx)
      : h.run
        ? h.run(ctx, input.value)
        : h.aggregate
          ? [h.aggregate(ctx, [input.value])]
          : [];
    const settled = isThenable(r) ? await r : r;
    const output = [...settled];
    await tx.flush();
    return {
      operations: node.kind === 'router' || node.kind === 'directive' ? 0 : 1,
      input: input.value,
      output,
      error: null,
    };
  } catch (thrown) {
    tx.discard();
    return { operations: 1, input: input.value, output: [], error: toRunError(node.key, thrown) };
  }
}
