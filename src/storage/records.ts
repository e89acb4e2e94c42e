import type { ScenarioRecord } from '../domain';

export type { ScenarioRecord };

/** Stored credentials for a service. Secrets are encrypted at rest (runtime issue). */
export interface ConnectionRecord {
  id: string;
  name: string;
  type: string;
  createdAt: string;
}

export type ExecutionStatus = 'running' | 'success' | 'warning' | 'error' | 'incomplete';

/** One run of a scenario, as History lists it. */
export interface ExecutionRecord {
  id: string;
  scenarioId: string;
  status: ExecutionStatus;
  startedAt: string;
  durationMs: number;
  operations: number;
  dataTransfer: number;
}

/** Bundles one module saw and produced in one execution. */
export interface RunLogRecord {
  id: string;
  executionId: string;
  moduleId: string;
  input: unknown[];
  output: unknown[];
}

export interface DataStoreRecord {
  id: string;
  name: string;
  createdAt: string;
}

export interface DataRecord {
  storeId: string;
  key: string;
  data: unknown;
}

/** A webhook request written by the leader tab before it acks the relay (CONTRACTS.md §4). */
export interface InboxRecord {
  eventId: string;
  hookId: string;
  receivedAt: string;
  state: 'new' | 'consumed';
  request: unknown;
}

/** Operations and data transfer per period (`day:2026-11-30`, `month:2026-11`) and scenario. */
export interface UsageRecord {
  id: string;
  period: string;
  scenarioId: string;
  operations: number;
  dataTransfer: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
