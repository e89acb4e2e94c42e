import type { ModuleLog } from './execution-record';
import type { RunLogLevel } from './ports';

/** Appends to a module's log lists within the run's log level (docs/engine.md). */
export interface LogPolicy {
  level: RunLogLevel;
  max: number;
}

export function emptyModuleLog(): ModuleLog {
  return { operations: 0, dataTransfer: 0, input: [], output: [], errors: [], truncated: false };
}

export function logBundle(
  log: ModuleLog,
  list: unknown[],
  bundle: unknown,
  policy: LogPolicy,
): void {
  if (policy.level === 'counts') return;
  if (policy.level === 'full' || list.length < policy.max) list.push(bundle);
  else log.truncated = true;
}
