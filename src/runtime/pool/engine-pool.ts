import type { EngineApi, EngineResult, EngineStatus, RunningExecution } from '../../bridge';
import type { Clock } from '../clock';
import { notInPool, stopIgnored, stoppedInQueue, timeLimitReached, workerLost } from '../errors';

/** One engine worker as the pool sees it (`startEngineWorker()` in the browser, fakes in tests). */
export interface PoolWorker {
  api: EngineApi;
  terminate(): void;
}

/** A run for the pool: which scenario, how long it may take, and the call that makes it. */
export interface PoolJob<T> extends RunningExecution {
  /** One run of the scenario at a time, in arrival order. */
  sequential: boolean;
  /** The run-time limit; the worker is terminated when it passes. Null: no limit. */
  limitMs: number | null;
  run(api: EngineApi): Promise<EngineResult<T>>;
}

export interface PoolDeps {
  spawn: () => PoolWorker;
  size: number;
  clock: Clock;
  /** How long a run may take to honour Stop before its worker is terminated (default 5 s). */
  stopGraceMs?: number;
}

interface Slot {
  worker: PoolWorker;
  /** Resolves with the reason when the worker is terminated. */
  dead: Promise<EngineResult<never>>;
  kill(reason: EngineResult<never>): void;
  job: Active | null;
}

interface Active {
  job: PoolJob<unknown>;
  slot: Slot;
  timers: unknown[];
}

interface Queued {
  job: PoolJob<unknown>;
  settle: (r: EngineResult<unknown>) => void;
}

/**
 * Default pool size: one worker per core but one for the page, at least 2 (so one long run does
 * not hold up everything else) and at most 4.
 *
 * @example poolSizeFor(navigator.hardwareConcurrency); // 2 on a 2-core machine
 */
export const poolSizeFor = (cores: number | undefined) =>
  Math.min(4, Math.max(2, (cores ?? 2) - 1));

/**
 * A small pool of engine workers. Each worker makes one run at a time, so terminating a worker
 * ends exactly one run: that is how a run that passes its time limit, or ignores Stop, is ended
 * (the job answers `RUNTIME_E001`/`E002`, and the caller writes the final record). A new worker
 * is started when the next run needs one. Runs of a "sequential" scenario wait for the previous
 * one, in arrival order; other runs start as soon as a worker is free.
 *
 * @example
 * const pool = createEnginePool({ spawn: startEngineWorker, size: 2, clock: systemClock });
 * const r = await pool.submit({ executionId, scenarioId, trigger: 'manual', startedAt,
 *   sequential: false, limitMs: 2_400_000, run: (api) => api.runOnce(request) });
 */
export function createEnginePool(deps: PoolDeps) {
  const slots: Slot[] = [];
  const queue: Queued[] = [];
  const active = new Map<string, Active>();
  let destroyed = false;

  const newSlot = (): Slot => {
    const worker = deps.spawn();
    let kill!: (r: EngineResult<never>) => void;
    const dead = new Promise<EngineResult<never>>((resolve) => (kill = resolve));
    const slot: Slot = { worker, dead, job: null, kill: () => undefined };
    slot.kill = (reason) => {
      worker.terminate();
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      kill(reason);
    };
    slots.push(slot);
    return slot;
  };

  const freeSlot = () =>
    slots.find((s) => s.job === null) ?? (slots.length < deps.size ? newSlot() : undefined);

  const busyScenarios = () => new Set([...active.values()].map((a) => a.job.scenarioId));

  function dispatch() {
    if (destroyed) return;
    for (let i = 0; i < queue.length;) {
      const q = queue[i]!;
      if (q.job.sequential && busyScenarios().has(q.job.scenarioId)) {
        i++;
        continue;
      }
      const slot = freeSlot();
      if (!slot) return;
      queue.splice(i, 1);
      start(q, slot);
    }
  }

  function start(q: Queued, slot: Slot) {
    const a: Active = { job: q.job, slot, timers: [] };
    slot.job = a;
    active.set(q.job.executionId, a);
    if (q.job.limitMs !== null) {
      const limit = q.job.limitMs;
      a.timers.push(deps.clock.setTimeout(() => slot.kill(timeLimitReached(limit)), limit));
    }
    const call = q.job.run(slot.worker.api).catch((e: unknown) => workerLost(String(e)));
    void Promise.race([call, slot.dead]).then((r) => {
      for (const t of a.timers) deps.clock.clearTimeout(t);
      active.delete(q.job.executionId);
      if (slot.job === a) slot.job = null;
      q.settle(r);
      dispatch();
    });
  }

  return {
    submit<T>(job: PoolJob<T>): Promise<EngineResult<T>> {
      return new Promise<EngineResult<T>>((resolve) => {
        queue.push({ job, settle: resolve as (r: EngineResult<unknown>) => void });
        dispatch();
      });
    },
    /** A short call (version, check) on a free worker, else on a busy one; it never queues. */
    async call<T>(fn: (api: EngineApi) => Promise<T>): Promise<T> {
      const slot = freeSlot() ?? slots[0] ?? newSlot();
      const died = slot.dead.then((r): never => {
        throw new Error(r.ok ? 'worker ended' : r.error.message);
      });
      return Promise.race([fn(slot.worker.api), died]);
    },
    /** Stop: a queued run is dropped; a running one is asked, then its worker terminated. */
    async stop(executionId: string): Promise<EngineResult<void>> {
      const qi = queue.findIndex((q) => q.job.executionId === executionId);
      if (qi >= 0) {
        queue.splice(qi, 1)[0]!.settle(stoppedInQueue());
        return { ok: true, value: undefined };
      }
      const a = active.get(executionId);
      if (!a) return notInPool(executionId);
      a.timers.push(
        deps.clock.setTimeout(() => a.slot.kill(stopIgnored()), deps.stopGraceMs ?? 5000),
      );
      const asked = await Promise.race([a.slot.worker.api.stop(executionId), a.slot.dead]);
      return asked.ok || active.get(executionId) !== a ? { ok: true, value: undefined } : asked;
    },
    status(): EngineStatus {
      const running = [...active.values()].map(({ job }) => ({
        executionId: job.executionId,
        scenarioId: job.scenarioId,
        trigger: job.trigger,
        startedAt: job.startedAt,
      }));
      return { running, queued: queue.length, workers: slots.length };
    },
    /** Ends every worker; queued runs are dropped as stopped. */
    destroy() {
      destroyed = true;
      for (const q of queue.splice(0)) q.settle(stoppedInQueue());
      for (const s of [...slots]) s.kill(workerLost('the page closed'));
    },
  };
}

export type EnginePool = ReturnType<typeof createEnginePool>;
