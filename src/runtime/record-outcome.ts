import { scenarioStateRepo, usageRepo, type ExecutionRecord, type WeftDb } from '../storage';
import { afterExecution } from './incomplete/deactivation';

export interface OutcomeOptions {
  /** The scenario starts on an instant trigger (webhook): it stops at its first error. */
  instant: boolean;
  /** The scenario's "Number of consecutive errors" (blueprint `metadata.scenario.maxErrors`). */
  maxErrors?: number;
  timeZone: string;
}

/**
 * What the leader tab does when a run has ended: add its usage to the counters and update the
 * scenario's error streak, deactivating it with a reason when the streak (or the error type) says
 * so. Safe to call twice for one execution: neither the counters nor the streak count it again.
 *
 * @example const { deactivatedReason } = await recordOutcome(db, execution, opts, new Date());
 */
export async function recordOutcome(
  db: WeftDb,
  execution: ExecutionRecord,
  opts: OutcomeOptions,
  now: Date,
): Promise<{ deactivated: boolean; deactivatedReason: string | null }> {
  await usageRepo(db).record({
    executionId: execution.id,
    scenarioId: execution.scenarioId,
    at: new Date(execution.startedAt),
    timeZone: opts.timeZone,
    operations: execution.operations,
    dataTransfer: execution.dataTransfer,
  });
  let deactivated = false;
  const state = await scenarioStateRepo(db).update(execution.scenarioId, (s) => {
    if (s.lastExecutionId === execution.id) return s;
    const r = afterExecution(s, execution, opts, now);
    deactivated = r.deactivated;
    return { ...r.state, lastExecutionId: execution.id };
  });
  return { deactivated, deactivatedReason: state.deactivatedReason };
}
