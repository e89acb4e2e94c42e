import type { WebhookResponse } from '../apps/contract';
import type { RunError } from './errors';

export type RunStatus = 'success' | 'warning' | 'error' | 'incomplete';

/** What a run kept of one module. Lists may be cut at `maxLoggedBundles` (then `truncated`). */
export interface ModuleLog {
  operations: number;
  /** Bytes of this module's output bundles. */
  dataTransfer: number;
  /** Evaluated mapper per operation (aggregators: per collected bundle), in execution order. */
  input: unknown[];
  output: unknown[];
  errors: { type: string; message: string }[];
  truncated: boolean;
}

/** A stopped bundle saved with what it needs to run again from the failed module. */
export interface IncompleteExecution {
  moduleId: string;
  cycle: number;
  error: { type: string; message: string };
  /** The output bundles the failed module saw, by module id: its mapping context. */
  bundles: Record<string, unknown>;
  /** Execution-scoped variables at the time of the failure. */
  variables: Record<string, unknown>;
  /** Break settings ("Automatically complete execution", attempts, interval in minutes). */
  retry: { enabled: boolean; attempts: number; intervalMinutes: number };
  /** Make retries these error types by itself with this backoff (minutes after the run). */
  autoRetryMinutes: number[] | null;
}

export interface ExecutionRecord {
  executionId: string;
  scenarioId: string;
  status: RunStatus;
  startedAt: Date;
  durationMs: number;
  operations: number;
  dataTransfer: number;
  cycles: number;
  modules: Record<string, ModuleLog>;
  error: RunError | null;
  /** Errors handled by a directive or stored as incomplete (they make warnings, not failures). */
  warnings: RunError[];
  incomplete: IncompleteExecution[];
  webhookResponse: WebhookResponse | null;
  /** InvalidConfigurationError and friends switch the scenario off (MAKE-REFERENCE.md §1.10). */
  disablesScenario: boolean;
}
