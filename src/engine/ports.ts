/**
 * What the host provides to a run (DESIGN.md §2: the engine has no side effects of its own).
 * The same engine runs in the browser worker, in Node tests and in the CLI; only these differ.
 */
import type {
  ConnectionsPort,
  CounterPort,
  DataStorePort,
  DataStructurePort,
  FilesPort,
  HostCapability,
  HttpPort,
  ImageCodecPort,
  WebhookPort,
} from '../apps/contract';
import type { RunEvent } from './events';

export interface ClockPort {
  /** Scenario time: `now`, `timestamp`, the execution start (fixed by `weft run --now`). */
  now(): Date;
  /** Monotonic milliseconds for durations and the run-time limit. */
  elapsedMs(): number;
}

export interface EnginePorts {
  clock: ClockPort;
  /** Record storage; without it data stores live in memory for this run only. */
  dataStores?: DataStorePort;
  /** Counters that survive executions; without it they live in memory. */
  counters?: CounterPort;
  http?: HttpPort;
  files?: FilesPort;
  connections?: ConnectionsPort;
  webhook?: WebhookPort;
  /** Data structures (Parse JSON, webhooks, data stores); without it none are known. */
  dataStructures?: DataStructurePort;
  /** The image codec (browser only: the image app needs the `image` capability). */
  image?: ImageCodecPort;
  /** Aborting it stops the run with `ExecutionInterruptedError`. */
  signal?: AbortSignal;
  /** Progress events (docs/engine.md), called synchronously; keep the listener cheap. */
  onEvent?: (event: RunEvent) => void;
  /** What this host can do; a module needing something else cannot run here. */
  capabilities?: ReadonlySet<HostCapability>;
}

/** How much of each module's bundles the execution record keeps (docs/engine.md). */
export type RunLogLevel = 'counts' | 'bundles' | 'full';

export interface RunLimits {
  /** Max run time; default 40 minutes (Make's hosted limit). */
  maxRunMs: number;
  /** Max output bundles of one run over all modules; default 10,000,000. */
  maxBundles: number;
  /** Max bundles one search returns in one operation; default 3,200. */
  maxSearchResults: number;
}

export const DEFAULT_LIMITS: Readonly<RunLimits> = Object.freeze({
  maxRunMs: 40 * 60 * 1000,
  maxBundles: 10_000_000,
  maxSearchResults: 3200,
});

export interface RunOptions {
  scenarioId?: string;
  executionId?: string;
  /** IANA zone for date functions; default UTC. */
  timezone?: string;
  /** Max cycles; default `metadata.scenario.roundtrips`. Manual "Run once" passes 1. */
  maxCycles?: number;
  /**
   * Bundles the trigger emits instead of reading (`weft run --input`, the editor's test input):
   * cycle k emits the k-th slice of `parameters.maxResults` bundles (default: all in cycle 1).
   */
  triggerBundles?: readonly unknown[];
  /** Default `bundles` (docs/engine.md): at most `maxLoggedBundles` per module and direction. */
  logLevel?: RunLogLevel;
  maxLoggedBundles?: number;
  limits?: Partial<RunLimits>;
}
