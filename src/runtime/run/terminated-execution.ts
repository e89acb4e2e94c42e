import type { EngineProblem, RunTrigger } from '../../bridge';
import type { ExecutionRecord } from '../../storage';

/** Codes of a run whose worker the pool terminated (or lost): the runtime records those runs. */
export const TERMINATED = new Set(['RUNTIME_E001', 'RUNTIME_E002', 'RUNTIME_E003']);

/**
 * The final History row of a run whose worker was terminated (CONTRACTS.md §7: the runtime writes
 * it): status error with Make's error type for the cause, and the operations known from progress.
 *
 * @example terminatedExecution(run, { code: 'RUNTIME_E001', message }, ops, endedAt)
 */
export function terminatedExecution(
  run: {
    executionId: string;
    scenarioId: string;
    trigger: RunTrigger;
    revisionId: string | null;
    startedAt: string;
  },
  problem: EngineProblem,
  operations: number,
  endedAt: number,
): ExecutionRecord {
  const type =
    problem.code === 'RUNTIME_E001'
      ? 'ScenarioTimeoutError'
      : problem.code === 'RUNTIME_E002'
        ? 'ExecutionInterruptedError'
        : 'RuntimeError';
  return {
    id: run.executionId,
    scenarioId: run.scenarioId,
    status: 'error',
    startedAt: run.startedAt,
    durationMs: Math.max(0, endedAt - Date.parse(run.startedAt)),
    operations,
    dataTransfer: 0,
    triggerKind: run.trigger,
    revisionId: run.revisionId,
    error: { type, message: problem.message },
  };
}
