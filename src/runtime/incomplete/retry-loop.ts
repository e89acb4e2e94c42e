import type { IncompleteExecution } from '../../bridge';
import { incompleteRepo, type IncompleteExecutionRecord, type WeftDb } from '../../storage';
import type { Clock } from '../clock';
import { pickRetries } from './pick-retries';
import { startRetry } from './retry-policy';

export interface RetryLoopDeps {
  db: WeftDb;
  clock: Clock;
  /** Scenarios with a run in progress (no retry starts for them). */
  running: () => ReadonlySet<string>;
  /** Runs the retry; resolves when its outcome is recorded. */
  retry: (record: IncompleteExecutionRecord, payload: IncompleteExecution) => Promise<unknown>;
  everyMs?: number;
}

/**
 * The leader's automatic retries of incomplete executions: every `everyMs` (30 s) it starts the
 * due ones that `pickRetries` allows (≤ 3 per scenario, none while the scenario runs). On start,
 * records left `retrying` by a leader that closed mid-retry are due again at once.
 *
 * @example const loop = createRetryLoop({ db, clock, running, retry }); await loop.start();
 */
export function createRetryLoop(deps: RetryLoopDeps) {
  const repo = incompleteRepo(deps.db);
  let timer: unknown = null;
  let stopped = false;

  async function tick() {
    timer = null;
    if (stopped) return;
    const now = new Date(deps.clock.now());
    const retrying = new Map<string, number>();
    for (const r of await repo.byState('retrying'))
      retrying.set(r.scenarioId, (retrying.get(r.scenarioId) ?? 0) + 1);
    for (const r of pickRetries(await repo.due(now), retrying, deps.running(), now)) {
      if (stopped) return;
      const started = await repo.update(r.id, startRetry);
      void deps.retry(started, started.payload as IncompleteExecution).catch(() => undefined);
    }
    if (!stopped) timer = deps.clock.setTimeout(() => void tick(), deps.everyMs ?? 30_000);
  }

  return {
    async start() {
      const now = new Date(deps.clock.now()).toISOString();
      for (const r of await repo.byState('retrying'))
        await repo.update(r.id, (x) => ({ ...x, state: 'pending', nextRetryAt: now }));
      await tick();
    },
    /** Looks for due retries now (after a run ended, or the user pressed Retry). */
    poke: () => {
      if (stopped) return;
      if (timer !== null) deps.clock.clearTimeout(timer);
      void tick();
    },
    stop() {
      stopped = true;
      if (timer !== null) deps.clock.clearTimeout(timer);
    },
  };
}
