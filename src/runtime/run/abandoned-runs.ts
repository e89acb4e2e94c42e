import { executionsRepo, type StoredScenario, type WeftDb } from '../../storage';
import { DEFAULT_RUN_LIMIT_MS } from '../engine-service';
/** Slack past the limit for the pool to end the worker and write its own final record. */
const GRACE_MS = 60_000;

/**
 * Closes runs that a tab left `running` when it closed mid-run (runs happen in the tab that
 * started them). No run outlives its scenario's run-time limit — the pool terminates its worker
 * and records the end — so a `running` row older than the limit plus a minute was abandoned: it
 * becomes an error that says so. Returns how many were closed. The leader calls it on start and
 * daily with History pruning.
 *
 * @example await closeAbandonedRuns(db, new Date()); // 1
 */
export async function closeAbandonedRuns(db: WeftDb, now: Date): Promise<number> {
  const running = await db.executions.where('status').equals('running').toArray();
  let closed = 0;
  for (const run of running) {
    const scenario = (await db.scenarios.get(run.scenarioId)) as StoredScenario | undefined;
    const limit = scenario?.runTimeLimitMs ?? DEFAULT_RUN_LIMIT_MS;
    const age = now.getTime() - Date.parse(run.startedAt);
    if (!(age > limit + GRACE_MS)) continue;
    await executionsRepo(db).finish(
      {
        ...run,
        status: 'error',
        durationMs: Math.max(run.durationMs ?? 0, 0),
        error: {
          type: 'ExecutionInterruptedError',
          message: 'The run was left unfinished: the tab or window running it was closed.',
        },
      },
      [],
    );
    closed++;
  }
  return closed;
}
