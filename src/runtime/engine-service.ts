import {
  progress,
  type EngineApi,
  type EngineResult,
  type ProgressListener,
  type RunRequest,
  type RunResult,
} from '../bridge';
import { newId } from '../shared';
import {
  executionsRepo,
  incompleteRepo,
  revisionsRepo,
  scenariosRepo,
  type WeftDb,
} from '../storage';
import { afterAttempt } from './incomplete/retry-policy';
import type { Clock } from './clock';
import type { EnginePool } from './pool/engine-pool';
import { afterRun } from './run/after-run';
import { breakModules } from './run/break-modules';
import { progressTracker } from './run/progress-tracker';
import { TERMINATED, terminatedExecution } from './run/terminated-execution';

/** Make's hosted run-time limit, the default of every scenario. */
export const DEFAULT_RUN_LIMIT_MS = 40 * 60_000;

export interface EngineServiceDeps {
  db: WeftDb;
  pool: EnginePool;
  clock: Clock;
  timeZone: () => string;
  /** After a run's outcome is recorded (the leader refreshes its schedule then). */
  onRunEnded?: (scenarioId: string) => void;
}

const settingsOf = (raw: unknown) => {
  const meta = (raw as { metadata?: { instant?: unknown; scenario?: Record<string, unknown> } })
    ?.metadata;
  const maxErrors = meta?.scenario?.maxErrors;
  return {
    sequential: meta?.scenario?.sequential === true,
    instant: meta?.instant === true,
    maxErrors: typeof maxErrors === 'number' ? maxErrors : undefined,
  };
};

/**
 * The engine as pages use it (`services.engine.api`): the bridge interface on the worker pool.
 * Around each run it adds what the worker cannot do: the blueprint revision the run used (saved
 * when new, idempotently), the scenario's run-time limit and "sequential" setting, the final
 * record of a run whose worker was terminated, usage counters, the error streak, and incomplete
 * executions. Progress listeners may be plain functions here.
 *
 * @example const r = await service.runOnce({ scenarioId, trigger: 'manual' }, (e) => light(e));
 */
export function createEngineService(deps: EngineServiceDeps) {
  const { db, pool, clock } = deps;

  async function run(
    req: RunRequest,
    onEvent?: ProgressListener,
    retryOf?: string,
  ): Promise<EngineResult<RunResult>> {
    const scenario = await scenariosRepo(db).get(req.scenarioId);
    const raw = req.blueprint ?? scenario?.blueprint;
    const revisionId =
      req.revisionId !== undefined
        ? req.revisionId
        : scenario && typeof raw === 'object' && raw !== null
          ? (await revisionsRepo(db).save(req.scenarioId, raw, new Date(clock.now()))).id
          : null;
    const settings = settingsOf(raw);
    const executionId = req.executionId ?? newId();
    const startedAt = req.startedAt ?? new Date(clock.now()).toISOString();
    const timezone = req.timezone ?? deps.timeZone();
    const limitMs = scenario?.runTimeLimitMs ?? DEFAULT_RUN_LIMIT_MS;
    const tracker = progressTracker();
    const listener = progress((e) => {
      tracker.see(e);
      onEvent?.(e);
    });
    const request = { ...req, executionId, revisionId, startedAt, timezone, maxRunMs: limitMs };
    const r = await pool.submit({
      executionId,
      scenarioId: req.scenarioId,
      trigger: req.trigger,
      startedAt,
      sequential: settings.sequential,
      limitMs,
      run: (api) => api.runOnce(request, listener),
    });
    const now = new Date(clock.now());
    const ctx = { ...settings, timeZone: timezone, now, retryOf, breakModules: breakModules(raw) };
    try {
      if (r.ok) {
        const stored = r.value.recorded ? await executionsRepo(db).get(executionId) : undefined;
        if (stored) await afterRun(db, stored, r.value.execution.incomplete, ctx);
      } else if (TERMINATED.has(r.error.code) && req.record !== false) {
        const run = { executionId, scenarioId: req.scenarioId, trigger: req.trigger, revisionId };
        const stored = terminatedExecution(
          { ...run, startedAt },
          r.error,
          tracker.operations(),
          clock.now(),
        );
        await executionsRepo(db).finish(stored, []);
        await afterRun(db, stored, [], ctx);
        onEvent?.({
          type: 'run-finished',
          executionId,
          status: 'error',
          operations: stored.operations,
          dataTransfer: 0,
        });
      } else if (retryOf !== undefined) {
        // The retry could not start (scenario deleted, blueprint broken): it counts as an attempt.
        const reason = { type: 'RuntimeError', message: r.error.message };
        await incompleteRepo(db).update(retryOf, (x) =>
          afterAttempt(x, { ok: false, reason }, now),
        );
      }
    } catch (e) {
      // The run itself is over and its result stands; only its bookkeeping failed (storage full).
      console.error('Weft: recording the outcome of run', executionId, 'failed', e);
    }
    deps.onRunEnded?.(req.scenarioId);
    return r;
  }

  const api: EngineApi = {
    version: () => pool.call((w) => w.version()),
    selfTest: (files) => pool.call((w) => w.selfTest(files)),
    checkBlueprint: (blueprint) => pool.call((w) => w.checkBlueprint(blueprint)),
    runOnce: (req, onEvent) => run(req, onEvent),
    async runModule(req) {
      const scenario = await scenariosRepo(db).get(req.scenarioId);
      const executionId = req.executionId ?? newId();
      const startedAt = req.startedAt ?? new Date(clock.now()).toISOString();
      const request = { ...req, executionId, startedAt, timezone: req.timezone ?? deps.timeZone() };
      const r = await pool.submit({
        executionId,
        scenarioId: req.scenarioId,
        trigger: 'single-module',
        startedAt,
        sequential: false,
        limitMs: scenario?.runTimeLimitMs ?? DEFAULT_RUN_LIMIT_MS,
        run: (w) => w.runModule(request),
      });
      const stored = r.ok && r.value.recorded ? await executionsRepo(db).get(executionId) : null;
      if (stored) {
        const ctx = { instant: false, timeZone: request.timezone, now: new Date(clock.now()) };
        await afterRun(db, stored, [], ctx);
      }
      return r;
    },
    stop: (executionId) => pool.stop(executionId),
    status: async () => pool.status(),
  };
  return { api, run };
}

export type EngineService = ReturnType<typeof createEngineService>;
