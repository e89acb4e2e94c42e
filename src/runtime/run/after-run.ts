import type { IncompleteExecution } from '../../bridge';
import {
  bundleSize,
  incompleteRepo,
  usageRepo,
  type ExecutionRecord,
  type WeftDb,
} from '../../storage';
import { afterAttempt, newIncomplete } from '../incomplete/retry-policy';
import { recordOutcome } from '../record-outcome';

export interface AfterRunContext {
  instant: boolean;
  maxErrors?: number;
  timeZone: string;
  now: Date;
  /** The incomplete execution this run retried. */
  retryOf?: string;
  /** Modules with a Break handler (`breakModules`): their retry plan is the Break's. */
  breakModules?: ReadonlySet<string>;
}

/** Runs started by a person in the editor: they count as usage but not towards deactivation. */
const MANUAL = new Set(['manual', 'single-module']);

/**
 * What happens after a run is stored: usage counters, the error streak and deactivation
 * (scheduled, webhook and retry runs only, ADR 0450), new incomplete executions with their retry
 * plan, or the retried record's next state.
 *
 * @example await afterRun(db, stored, record.incomplete, { instant: false, timeZone, now });
 */
export async function afterRun(
  db: WeftDb,
  execution: ExecutionRecord,
  incomplete: readonly IncompleteExecution[],
  ctx: AfterRunContext,
): Promise<{ deactivated: boolean }> {
  let deactivated = false;
  if (MANUAL.has(execution.triggerKind)) {
    await usageRepo(db).record({
      executionId: execution.id,
      scenarioId: execution.scenarioId,
      at: new Date(execution.startedAt),
      timeZone: ctx.timeZone,
      operations: execution.operations,
      dataTransfer: execution.dataTransfer,
    });
  } else {
    const opts = { instant: ctx.instant, maxErrors: ctx.maxErrors, timeZone: ctx.timeZone };
    deactivated = (await recordOutcome(db, execution, opts, ctx.now)).deactivated;
  }
  const repo = incompleteRepo(db);
  if (ctx.retryOf !== undefined) {
    const failed = execution.error ?? incomplete[0]?.error ?? null;
    const reason = failed && { type: failed.type, message: failed.message };
    await repo.update(ctx.retryOf, (r) =>
      afterAttempt(r, reason ? { ok: false, reason } : { ok: true }, ctx.now),
    );
    return { deactivated };
  }
  for (const [k, i] of incomplete.entries()) {
    const breakPlan =
      i.retry.enabled && ctx.breakModules?.has(i.moduleId)
        ? { attempts: i.retry.attempts, intervalMin: i.retry.intervalMinutes }
        : undefined;
    const record = newIncomplete(
      {
        id: `${execution.id}:${k}`,
        scenarioId: execution.scenarioId,
        executionId: execution.id,
        reason: { ...i.error, moduleId: i.moduleId },
        size: bundleSize(i),
        payload: i,
        breakPlan,
      },
      ctx.now,
    );
    await repo.add(record);
  }
  return { deactivated };
}
