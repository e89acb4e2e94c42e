import type { ScenarioRecord } from '../domain';
import type { Schedule } from './schedule-types';

export type { ScenarioRecord };

/**
 * A scenario as storage keeps it: the domain record plus what the runtime needs to run it on its
 * own. The fields are optional so a record made by the domain's `ScenarioRecord` shape still fits;
 * schema version 2 fills them for rows written before it.
 */
export interface StoredScenario extends ScenarioRecord {
  /** When to run; Make's default for a new scenario is every 15 minutes. */
  schedule?: Schedule;
  /** Make one catch-up run on start when runs were missed while the app was closed. */
  catchUp?: boolean;
  /** When the scenario was last switched on: the anchor of interval schedules. */
  enabledAt?: string | null;
  /** How long one run may take before its worker is terminated; default 40 minutes. */
  runTimeLimitMs?: number | null;
}

/** Encrypted bytes: AES-GCM with a 96-bit random IV under the device key (DESIGN.md §7). */
export interface EncryptedSecret {
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

/** Stored credentials for a service. `params` are readable; `secret` is encrypted at rest. */
export interface ConnectionRecord {
  id: string;
  name: string;
  type: string;
  createdAt: string;
  updatedAt: string;
  params: Record<string, unknown>;
  secret: EncryptedSecret | null;
}

export type ExecutionStatus = 'running' | 'success' | 'warning' | 'error' | 'incomplete';

/** How a run started; `unknown` marks executions stored before schema version 2. */
export type TriggerKind =
  'schedule' | 'catch-up' | 'manual' | 'webhook' | 'retry' | 'single-module' | 'unknown';

/** One run of a scenario, as History lists it. */
export interface ExecutionRecord {
  id: string;
  scenarioId: string;
  status: ExecutionStatus;
  startedAt: string;
  durationMs: number;
  operations: number;
  dataTransfer: number;
  triggerKind: TriggerKind;
  /** The saved revision the run used, so the editor can show the run on the canvas as it was. */
  revisionId: string | null;
  error: { moduleId?: string; type: string; message: string } | null;
}

/** Bundles one module saw and produced in one execution. */
export interface RunLogRecord {
  id: string;
  executionId: string;
  moduleId: string;
  operations: number;
  input: unknown[];
  output: unknown[];
  errors: { type: string; message: string }[];
  /** True when bundles were replaced by a size note because they passed the size limit. */
  truncated: boolean;
}

/** A saved version of a scenario's blueprint; numbers count up per scenario from 1. */
export interface ScenarioRevisionRecord {
  id: string;
  scenarioId: string;
  number: number;
  blueprint: unknown;
  createdAt: string;
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

/** A file of the file library (`files:*` modules and files produced by runs). */
export interface FileRecord {
  id: string;
  folder: string;
  name: string;
  mimeType: string;
  size: number;
  data: Uint8Array;
  createdAt: string;
  updatedAt: string;
}

/** A webhook request written by the leader tab before it acks the relay (CONTRACTS.md §4). */
export interface InboxRecord {
  eventId: string;
  hookId: string;
  receivedAt: string;
  state: 'new' | 'consumed';
  request: unknown;
}

/** What the runtime knows about a scenario between runs (written by the leader tab only). */
export interface ScenarioStateRecord {
  scenarioId: string;
  /** Errored runs in a row; warnings and successes reset or leave it (MAKE-REFERENCE §1.11). */
  errorStreak: number;
  deactivatedReason: string | null;
  deactivatedAt: string | null;
  nextRunAt: string | null;
  /** The last schedule slot claimed by a leader: a slot at or before it never runs again. */
  lastSlot: string | null;
  lastRunAt: string | null;
  /** The last execution counted into the streak, so counting a run again changes nothing. */
  lastExecutionId: string | null;
}

export type IncompleteState = 'pending' | 'retrying' | 'resolved' | 'unresolved';

/** How an incomplete execution is retried: Make's automatic backoff, or a Break's fixed plan. */
export type RetryPlan =
  { kind: 'backoff' } | { kind: 'fixed'; attempts: number; intervalMin: number };

/** A stopped run saved with its remaining work (MAKE-REFERENCE §1.9). */
export interface IncompleteExecutionRecord {
  id: string;
  scenarioId: string;
  executionId: string;
  createdAt: string;
  state: IncompleteState;
  reason: { type: string; message: string; moduleId?: string };
  /** Retries made so far (the original run is not counted). */
  attempts: number;
  retry: RetryPlan | null;
  nextRetryAt: string | null;
  size: number;
  /**
   * The remaining work, in the engine's own shape. Declared `unknown` here because the engine
   * (src/engine) defines it; storage only keeps it.
   */
  payload: unknown;
}

/** A persistent counter (`util:FunctionIncrement` with reset "never"). */
export interface CounterRecord {
  id: string;
  value: number;
  updatedAt: string;
}

/**
 * Usage counters. `id` is `<period>|<scenarioId>`; period is `day:2026-11-30`, `month:2026-11` or
 * `exec:<executionId>`; scenarioId `*` is the total over all scenarios.
 */
export interface UsageRecord {
  id: string;
  period: string;
  scenarioId: string;
  operations: number;
  dataTransfer: number;
  executions: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * A WebCrypto key, named through `crypto.subtle` so the type resolves both with the DOM library
 * (the app) and with Node's types (the benchmark and CLI builds), which declare it differently.
 */
export type DeviceCryptoKey = Parameters<typeof crypto.subtle.encrypt>[1];

/** The device key for connection secrets: a non-extractable AES-GCM CryptoKey. */
export interface DeviceKeyRecord {
  id: string;
  key: DeviceCryptoKey;
  createdAt: string;
}
