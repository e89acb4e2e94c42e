import type { RunTrigger } from '../src/bridge/engine-api';
import type { ExecutionRecord as EngineRecord } from '../src/engine';
import { executionsRepo, type ExecutionRecord, type ModuleLog, type WeftDb } from '../src/storage';

/** The History row of a run: what the engine reported, with its trigger and blueprint revision. */
export function toStoredExecution(
  record: EngineRecord,
  trigger: RunTrigger,
  revisionId: string | null,
): ExecutionRecord {
  const e = record.error;
  return {
    id: record.executionId,
    scenarioId: record.scenarioId,
    status: record.status,
    startedAt: record.startedAt.toISOString(),
    durationMs: record.durationMs,
    operations: record.operations,
    dataTransfer: record.dataTransfer,
    triggerKind: trigger,
    revisionId,
    error: e
      ? e.moduleId === null
        ? { type: e.type, message: e.message }
        : { moduleId: e.moduleId, type: e.type, message: e.message }
      : null,
  };
}

/** Per-module run logs in module id order. */
export function toModuleLogs(record: EngineRecord): ModuleLog[] {
  return Object.entries(record.modules)
    .map(([moduleId, l]) => ({
      moduleId,
      operations: l.operations,
      input: l.input,
      output: l.output,
      errors: l.errors,
    }))
    .sort((a, b) => Number(a.moduleId) - Number(b.moduleId));
}

/** The row written when a run begins, so History shows it as running. */
export function runningExecution(
  ids: { executionId: string; scenarioId: string },
  startedAt: Date,
  trigger: RunTrigger,
  revisionId: string | null,
): ExecutionRecord {
  return {
    id: ids.executionId,
    scenarioId: ids.scenarioId,
    status: 'running',
    startedAt: startedAt.toISOString(),
    durationMs: 0,
    operations: 0,
    dataTransfer: 0,
    triggerKind: trigger,
    revisionId,
    error: null,
  };
}

/**
 * Writes a finished run and its logs (one transaction, idempotent). A confidential scenario keeps
 * the execution without bundles (executionsRepo.finish).
 */
export function recordRun(
  db: WeftDb,
  record: EngineRecord,
  trigger: RunTrigger,
  revisionId: string | null,
  confidential: boolean,
): Promise<void> {
  return executionsRepo(db).finish(
    toStoredExecution(record, trigger, revisionId),
    toModuleLogs(record),
    { confidential },
  );
}
