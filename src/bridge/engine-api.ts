import type { BlueprintProblem, Blueprint } from '../domain';
import type {
  ExecutionRecord,
  IncompleteExecution,
  RunEvent,
  RunLogLevel,
  SingleModuleResult,
} from '../engine';
import type { Problem, Result } from '../shared';

export type { ExecutionRecord, IncompleteExecution, RunEvent, SingleModuleResult };

/** A text file to put into a zip (the worker's self-test). */
export interface TextFile {
  name: string;
  text: string;
}

/** What the engine worker answers to `selfTest`: proof that the worker, JSZip and transfer work. */
export interface SelfTestReport {
  version: string;
  /** The zip archive's bytes, moved (not copied) across with `transfer()`. */
  zip: Uint8Array;
  entries: string[];
}

/** A webhook request as the relay stored it (CONTRACTS.md §4); src/shared holds the shape. */
import type { StoredRequest } from '../shared/relay-protocol';
export type { StoredRequest };

/** How a run started (History shows it; same values as storage's `TriggerKind`). */
export type RunTrigger = 'schedule' | 'catch-up' | 'manual' | 'webhook' | 'retry' | 'single-module';

/** A failure of the bridge: a coded problem, with the blueprint's problems when it is invalid. */
export interface EngineProblem extends Problem {
  /** Every problem of an invalid blueprint, each with its JSON path. */
  problems?: BlueprintProblem[];
}

export type EngineResult<T> = Result<T, EngineProblem>;

/** What `checkBlueprint` finds in a blueprint that restores (the same lists as `weft check`). */
export interface BlueprintCheck {
  /** The restored blueprint: Make's defaults filled in, unknown keys kept. Save this one. */
  blueprint: Blueprint;
  /** Modules no app implements; they stay in the blueprint and stop a run at initialization. */
  unsupported: { id: number; module: string }[];
  /** Modules this host (a browser worker) cannot run, with what they need. */
  hostUnavailable: { id: number; module: string; needs: string[] }[];
  /** IML syntax errors in mappings and filters; they do not make the blueprint invalid. */
  mappingErrors: { path: string; code: string; message: string; span: [number, number] }[];
}

/** Test input for a run: bundles the trigger emits, or webhook requests for a webhook trigger. */
export type TestInput = { bundles: unknown[] } | { requests: StoredRequest[] };

/** One run of a scenario. */
export interface RunRequest {
  scenarioId: string;
  /** Chosen by the caller, so it can write the final record if it has to end the worker. */
  executionId?: string;
  /** The blueprint to run (JSON, restored by the worker); default: the stored scenario's. */
  blueprint?: unknown;
  /** The saved revision the blueprint is, recorded with the execution (History shows it). */
  revisionId?: string | null;
  trigger: RunTrigger;
  input?: TestInput;
  /** Resume a stored incomplete execution (`trigger: 'retry'`) instead of starting afresh. */
  resume?: IncompleteExecution;
  /** IANA zone for date functions; default UTC. */
  timezone?: string;
  /** Scenario time of the start (ISO); default: the worker's clock. */
  startedAt?: string;
  /** Max cycles; "Run once" in the editor passes 1. Default: the blueprint's `roundtrips`. */
  maxCycles?: number;
  /** The engine's own run-time limit (the pool also ends the worker at the scenario's limit). */
  maxRunMs?: number;
  logLevel?: RunLogLevel;
  /** Write the execution and its run logs to IndexedDB (default true). */
  record?: boolean;
}

/** What a finished run answers. Binary in bundles is moved across with `transfer()`. */
export interface RunResult {
  execution: ExecutionRecord;
  revisionId: string | null;
  trigger: RunTrigger;
  /** Whether the execution and its run logs were written to IndexedDB. */
  recorded: boolean;
}

/** Make's "Run this module only": one module on given bundles, nothing before or after it. */
export interface ModuleRunRequest {
  scenarioId: string;
  executionId?: string;
  blueprint?: unknown;
  revisionId?: string | null;
  moduleId: number;
  /** Output bundles by module id, as the module's mappings see them (`{"1": {…}}`). */
  bundles: Record<string, unknown>;
  timezone?: string;
  startedAt?: string;
  /** Default true: stored as an execution with trigger `single-module`. */
  record?: boolean;
}

export interface ModuleRunResult extends SingleModuleResult {
  executionId: string;
  recorded: boolean;
}

/** A run in progress. */
export interface RunningExecution {
  executionId: string;
  scenarioId: string;
  trigger: RunTrigger;
  startedAt: string;
}

export interface EngineStatus {
  running: RunningExecution[];
  /** Runs waiting for a free worker (the pool's queue; 0 inside one worker). */
  queued: number;
  /** Engine workers alive (1 inside one worker). */
  workers: number;
}

/** Called once per progress event; the editor lights modules with it. */
export type ProgressListener = (event: RunEvent) => void;

/**
 * The one interface between the UI and the engine (DESIGN.md §10 rule 9). The UI imports it as a
 * type only. Domain failures come back as `Result` values (Comlink loses Error subclasses);
 * binary comes back with `transfer()`. Over raw Comlink, wrap a listener with `progress(fn)`
 * (src/bridge/client.ts); the runtime's pool-backed engine (`services.engine.api`) takes plain
 * functions. Error codes: docs/runtime.md.
 */
export interface EngineApi {
  /** Weft's version as the worker sees it (the UI compares it with its own after an update). */
  version(): Promise<string>;
  /** Zips the given text files with JSZip in the worker and returns the archive. */
  selfTest(files: TextFile[]): Promise<Result<SelfTestReport>>;
  /**
   * Restores a blueprint (JSON text or parsed) and reports unsupported modules, modules this host
   * cannot run and mapping syntax errors. Invalid: `WORKER_E010` with `problems`. Importing is
   * this plus the UI saving `value.blueprint` (runtime `importScenario`).
   */
  checkBlueprint(blueprint: unknown): Promise<EngineResult<BlueprintCheck>>;
  /** Runs a scenario once and records it; scenario errors are in `execution.status/error`. */
  runOnce(request: RunRequest, onEvent?: ProgressListener): Promise<EngineResult<RunResult>>;
  /** Runs one module on given bundles. */
  runModule(request: ModuleRunRequest): Promise<EngineResult<ModuleRunResult>>;
  /**
   * Asks a run to stop (its abort signal); the run ends with `ExecutionInterruptedError`. A run
   * that ignores it is ended by terminating its worker (the pool does that after a grace period).
   */
  stop(executionId: string): Promise<EngineResult<void>>;
  status(): Promise<EngineStatus>;
}
