import type { ExecutionRecord, RunLogRecord } from '../../storage';
import type { ModuleRunView } from './to-canvas';

/** One module's part of a run, as the inspector shows it. */
export interface ModuleResult {
  operations: number;
  input: unknown[];
  output: unknown[];
  errors: { type: string; message: string }[];
}

/** A finished run's summary and per-module results. */
export interface RunSummary {
  executionId: string;
  status: string;
  operations: number;
  dataTransfer: number;
  durationMs: number;
  error: { moduleId?: string; type: string; message: string } | null;
  modules: Record<string, ModuleResult>;
}

/**
 * What the canvas shows after a run: a bubble on every module that ran or failed.
 *
 * @example lightsOf(summary).get('2'); // { state: 'done', operations: 3 }
 */
export function lightsOf(summary: RunSummary): Map<string, ModuleRunView> {
  const m = new Map<string, ModuleRunView>();
  for (const [id, r] of Object.entries(summary.modules))
    if (r.operations > 0 || r.errors.length > 0)
      m.set(id, { state: r.errors.length ? 'error' : 'done', operations: r.operations });
  return m;
}

/**
 * A stored run (History) as the editor's run summary: the execution record plus its run logs.
 * A run whose error names a module but has no log for it (a confidential scenario keeps none)
 * still shows that error on the module.
 *
 * @example summaryFromLogs(await repo.get(id), await repo.logs(id)).modules['1'].operations
 */
export function summaryFromLogs(
  execution: ExecutionRecord,
  logs: readonly RunLogRecord[],
): RunSummary {
  const modules: Record<string, ModuleResult> = {};
  for (const l of logs)
    modules[l.moduleId] = {
      operations: l.operations,
      input: l.input,
      output: l.output,
      errors: l.errors,
    };
  const e = execution.error;
  if (e?.moduleId !== undefined && !modules[e.moduleId])
    modules[e.moduleId] = {
      operations: 0,
      input: [],
      output: [],
      errors: [{ type: e.type, message: e.message }],
    };
  return {
    executionId: execution.id,
    status: execution.status,
    operations: execution.operations,
    dataTransfer: execution.dataTransfer,
    durationMs: execution.durationMs,
    error: e,
    modules,
  };
}
