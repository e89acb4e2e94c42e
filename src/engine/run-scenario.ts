import type { ModuleRegistry } from '../apps/contract';
import { allModules } from '../domain';
import type { Blueprint } from '../domain';
import * as E from './errors';
import type { RunError } from './errors';
import type { ExecutionRecord, IncompleteExecution, RunStatus } from './execution-record';
import { runCycle } from './cycle';
import type { ResumePoint } from './cycle';
import { createMemoryCounters, createMemoryDataStores } from './memory-ports';
import { emptyModuleLog } from './module-log';
import { planScenario } from './plan';
import type { Plan } from './plan';
import { DEFAULT_LIMITS } from './ports';
import type { EnginePorts, RunOptions } from './ports';
import type { RunState } from './run-state';
import { emit } from './run-state';
import { createEvalContext } from './scope';
import { createTransactionalDataStores } from './transactions';
import { createRunVariables } from './variables';

/** Error types that switch the scenario off (MAKE-REFERENCE.md §1.10). */
const DISABLING = new Set([
  'InvalidConfigurationError',
  'InvalidAccessTokenError',
  'MaxResultsExceededError',
]);

/**
 * Runs a restored blueprint: initialization (every module must be runnable here), cycles of
 * operation + commit/rollback, finalization. Never throws for scenario errors: they end up in
 * the record's status and `error`.
 *
 * @example
 * const record = await runScenario(bp, registry, { clock }, { triggerBundles: [{ a: 1 }, { a: 2 }] });
 * record.operations; // 5 for a trigger → two modules
 */
export async function runScenario(
  blueprint: Blueprint,
  registry: ModuleRegistry,
  ports: EnginePorts,
  options: RunOptions = {},
): Promise<ExecutionRecord> {
  return execute(blueprint, registry, ports, options, undefined);
}

/**
 * Runs an incomplete execution again from its failed module, with the bundles and execution
 * variables it was stored with (a retry, or "resolve" after fixing the scenario).
 */
export async function resumeIncomplete(
  blueprint: Blueprint,
  incomplete: IncompleteExecution,
  registry: ModuleRegistry,
  ports: EnginePorts,
  options: RunOptions = {},
): Promise<ExecutionRecord> {
  return execute(blueprint, registry, ports, { ...options, maxCycles: 1 }, incomplete);
}

async function execute(
  blueprint: Blueprint,
  registry: ModuleRegistry,
  ports: EnginePorts,
  options: RunOptions,
  incomplete: IncompleteExecution | undefined,
): Promise<ExecutionRecord> {
  const startMs = ports.clock.elapsedMs();
  const startedAt = ports.clock.now();
  const executionId = options.executionId ?? crypto.randomUUID();
  const scenarioId = options.scenarioId ?? 'scenario';
  const planned = planScenario(blueprint, registry, ports.capabilities);
  const plan: Plan = planned.ok ? planned.plan : { root: null, nodes: [], byKey: new Map() };
  const run = createState(blueprint, plan, ports, options, {
    startMs,
    startedAt,
    executionId,
    scenarioId,
  });
  emit(run, { type: 'run-started', executionId });

  let error: RunError | null = planned.ok ? null : planned.error;
  let cycles = 0;
  let resume: ResumePoint | undefined;
  if (error === null && incomplete) {
    const node = plan.byKey.get(incomplete.moduleId);
    if (!node) error = E.unknownModule(Number(incomplete.moduleId));
    else {
      resume = { node, incomplete };
      for (const [k, v] of Object.entries(incomplete.variables))
        run.variables.set(k, v, 'execution');
    }
  }
  const maxCycles = Math.max(1, options.maxCycles ?? blueprint.metadata.scenario.roundtrips);
  const triggerFirst = plan.root?.kind === 'trigger';
  try {
    for (let cycle = 1; error === null && cycle <= maxCycles; cycle++) {
      const outcome = await runCycle(
        run,
        cycle,
        options.triggerBundles,
        cycle === 1 ? resume : undefined,
      );
      if (outcome.empty) break;
      cycles = cycle;
      error = outcome.error;
      if (outcome.stop || !outcome.more || !triggerFirst || resume) break;
    }
  } catch (thrown) {
    // A bug in the engine or a handler outside its operation: report it, never crash the host.
    error = E.internal(thrown instanceof Error ? thrown.message : String(thrown));
  }
  const status: RunStatus =
    error !== null ? 'error' : run.incomplete.length > 0 ? 'warning' : 'success';
  const record: ExecutionRecord = {
    executionId,
    scenarioId,
    status,
    startedAt,
    durationMs: Math.max(0, ports.clock.elapsedMs() - startMs),
    operations: run.operations,
    dataTransfer: run.dataTransfer,
    cycles,
    // Every module of the blueprint, also when initialization failed before planning them all.
    modules: Object.fromEntries(
      allModules(blueprint).map(({ node }) => {
        const planned = plan.byKey.get(String(node.id));
        return [String(node.id), (planned && run.logs[planned.index]) ?? emptyModuleLog()];
      }),
    ),
    error,
    warnings: run.warnings,
    incomplete: run.incomplete,
    webhookResponse: run.webhookResponse,
    disablesScenario: error !== null && DISABLING.has(error.type),
  };
  emit(run, {
    type: 'run-finished',
    executionId,
    status,
    operations: run.operations,
    dataTransfer: run.dataTransfer,
  });
  return record;
}

function createState(
  blueprint: Blueprint,
  plan: Plan,
  ports: EnginePorts,
  options: RunOptions,
  ids: { startMs: number; startedAt: Date; executionId: string; scenarioId: string },
): RunState {
  const timezone = options.timezone ?? 'UTC';
  return {
    plan,
    settings: blueprint.metadata.scenario,
    ports,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    policy: { level: options.logLevel ?? 'bundles', max: options.maxLoggedBundles ?? 100 },
    ctx: createEvalContext(ids.startedAt, timezone, ids.executionId),
    scenarioId: ids.scenarioId,
    executionId: ids.executionId,
    timezone,
    now: ids.startedAt,
    startMs: ids.startMs,
    tx: createTransactionalDataStores(ports.dataStores ?? createMemoryDataStores()),
    variables: createRunVariables(ports.counters ?? createMemoryCounters(), ids.scenarioId),
    logs: plan.nodes.map(() => emptyModuleLog()),
    handlerContexts: [],
    frames: [],
    errorFrames: [],
    incomplete: [],
    warnings: [],
    touched: [],
    started: [],
    cycle: 0,
    operations: 0,
    dataTransfer: 0,
    bundles: 0,
    sinceLimitCheck: 0,
    webhookResponse: null,
  };
}
