import type { StoredRequest } from '../shared/relay-protocol';

/**
 * The contract between the engine and the apps: a module is data (its spec) plus one small handler
 * with an explicit context (DESIGN.md §10 rule 7). The engine imports only this file; the registry
 * is injected. The ports declared here are what a handler may touch; the host provides them.
 */

/** Engine-level module types (Make's `ModuleType`, MAKE-REFERENCE.md §1.2). */
export type ModuleKind =
  | 'trigger'
  | 'action'
  | 'search'
  | 'transformer'
  | 'router'
  | 'feeder'
  | 'aggregator'
  | 'directive'
  | 'responder';

export type FieldType =
  | 'text'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'date'
  | 'buffer'
  | 'array'
  | 'collection'
  | 'select'
  | 'module'
  | 'any';

/** One parameter, mapper field or output field, with Make's label. */
export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  default?: unknown;
  options?: readonly { value: unknown; label: string }[];
  /** Fields of array items or of a collection. */
  spec?: readonly FieldSpec[];
  help?: string;
}

export interface ModuleSpec {
  /** `app:Name`, Make's id where Make has the module (CONTRACTS.md §3). */
  id: string;
  /** Make's label, e.g. "Iterator". */
  label: string;
  description: string;
  kind: ModuleKind;
  /** Static configuration (`parameters` in the blueprint). */
  parameters: readonly FieldSpec[];
  /** Mappable inputs (`mapper`). */
  mapper: readonly FieldSpec[];
  /** Output bundle fields (Make's `interface`). */
  output: readonly FieldSpec[];
  /** ACID: its data-store writes commit and roll back with the cycle. */
  transactional?: boolean;
}

/** A value now or later: handlers may be synchronous on hot paths. */
export type Outcome<T> = T | Promise<T>;

/** Make's error types (MAKE-REFERENCE.md §1.10). */
export type ModuleErrorType =
  | 'RuntimeError'
  | 'DataError'
  | 'ConnectionError'
  | 'RateLimitError'
  | 'ModuleTimeoutError'
  | 'InvalidConfigurationError'
  | 'InvalidAccessTokenError'
  | 'BundleValidationError'
  | 'InconsistencyError'
  | 'IncompleteDataError'
  | 'DuplicateDataError'
  | 'MaxResultsExceededError'
  | 'ScenarioTimeoutError'
  | 'ExecutionInterruptedError'
  | 'DataSizeLimitExceededError'
  | 'UnknownError';

/** What a handler throws to fail with a given Make error type; anything else is a RuntimeError. */
export class ModuleError extends Error {
  constructor(
    readonly type: ModuleErrorType,
    message: string,
  ) {
    super(message);
  }
}

/** Things a handler can need that not every host has (the image app is browser-only). */
export type HostCapability = 'http' | 'files' | 'image' | 'connections';

export interface DataStoreRecord {
  key: string;
  data: unknown;
}

export type DataStoreWrite =
  { op: 'set'; key: string; data: unknown } | { op: 'delete'; key: string } | { op: 'clear' };

/** Host port: plain record storage. Store ids are the blueprint's `parameters.datastore`, as text. */
export interface DataStorePort {
  get(storeId: string, key: string): Outcome<unknown>;
  list(storeId: string): Outcome<DataStoreRecord[]>;
  /** Applies writes atomically, in order. */
  apply(storeId: string, writes: readonly DataStoreWrite[]): Outcome<void>;
}

/** Handler view of data stores: reads see this cycle's pending writes; writes follow the cycle. */
export interface DataStoreAccess {
  get(storeId: string, key: string): Promise<unknown>;
  list(storeId: string): Promise<DataStoreRecord[]>;
  set(storeId: string, key: string, data: unknown): void;
  delete(storeId: string, key: string): void;
  clear(storeId: string): void;
}

export interface HttpRequest {
  url: string;
  method: string;
  headers: [string, string][];
  body?: Uint8Array | string;
  timeoutMs?: number;
  /** Follow 3xx redirects (default true); off, a redirect comes back as the response. */
  followRedirects?: boolean;
}
export interface HttpResponse {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
}
export interface HttpPort {
  send(request: HttpRequest, signal: AbortSignal): Promise<HttpResponse>;
}

/** A file of the file library, without its bytes. */
export interface FileInfo {
  /** Absolute library path: `/a.csv`, `/reports/q1.csv`. */
  path: string;
  mimeType: string;
  /** Bytes. */
  size: number;
  /** ISO 8601 times of the first and the last save. */
  createdAt: string;
  updatedAt: string;
}

/**
 * Host port: the file library (browser: IndexedDB; CLI: the `weft run --files` folder). Paths are
 * absolute and `/`-separated (`/reports/q1.csv`); a folder is `/` or `/reports`; file names never
 * contain `/`. Paths under `/.weft/` hold module state (the files watch trigger's): hosts keep
 * them like any file but do not show them. The full contract is in docs/apps-files.md.
 */
export interface FilesPort {
  /** The file's bytes; rejects when there is no such file. */
  read(path: string): Promise<Uint8Array>;
  /** Creates or replaces the file, creating its folder as needed; `mimeType` is kept with it. */
  write(path: string, bytes: Uint8Array, mimeType?: string): Promise<void>;
  /** Names (not paths) of the files directly in `folder`, sorted; `[]` for a missing folder. */
  list(folder: string): Promise<string[]>;
  /** Deletes the file; resolves when there was none. */
  delete(path: string): Promise<void>;
  /** The file's metadata, or `undefined` when there is none. Hosts without it: apps derive it. */
  stat?(path: string): Promise<FileInfo | undefined>;
}

/** Width, height and sniffed type of an image. */
export interface ImageInfo {
  width: number;
  height: number;
  mimeType: string;
}

/** One decode–draw–encode: the `source` rectangle of the image, drawn at `width`×`height`. */
export interface ImageTransform {
  source: { x: number; y: number; width: number; height: number };
  width: number;
  height: number;
  /** `image/png`, `image/jpeg` or `image/webp`. */
  mimeType: string;
  /** 0–1, for JPEG and WebP. */
  quality?: number;
}

/**
 * Host port: an image codec (browser: `createImageBitmap` + `OffscreenCanvas`,
 * `src/apps/image/browser-codec.ts`). Both reject when the bytes are not an image it can decode.
 */
export interface ImageCodecPort {
  info(bytes: Uint8Array): Promise<ImageInfo>;
  transform(bytes: Uint8Array, op: ImageTransform): Promise<Uint8Array>;
}

export interface Connection {
  id: string;
  type: string;
  data: Record<string, unknown>;
}
export interface ConnectionsPort {
  get(id: string): Promise<Connection | undefined>;
}

/** Host port: counters that survive executions (`util:FunctionIncrement`, reset "never"). */
export interface CounterPort {
  increment(key: string): Outcome<number>;
}

export interface WebhookResponse {
  status: number;
  headers: [string, string][];
  body: string | Uint8Array;
}

/**
 * Host port: what started this execution. `requests` are raw webhook requests (CONTRACTS.md §4)
 * that the Custom webhook parses with its own options; `bundles` are already-parsed bundles.
 */
export interface WebhookPort {
  readonly bundles: readonly unknown[];
  readonly requests?: readonly StoredRequest[];
}

/** One field of a data structure (Make's Forman spec: `type` is Make's, e.g. `uinteger`). */
export interface DataStructureField {
  name: string;
  type: string;
  label?: string;
  required?: boolean;
  default?: unknown;
  /** Collection fields; for an array, its item (one field) or the item collection's fields. */
  spec?: readonly DataStructureField[] | DataStructureField;
}

/** A data structure (MAKE-REFERENCE.md §6.3); strict ones reject fields they do not list. */
export interface DataStructure {
  id: string;
  name: string;
  spec: readonly DataStructureField[];
  strict: boolean;
}

/** Host port: data structures by id (`parameters.type`), and the structure of a data store. */
export interface DataStructurePort {
  get(id: string): Outcome<DataStructure | undefined>;
  /** The structure of a store's records; undefined means keys only, no validation. */
  ofDataStore(storeId: string): Outcome<DataStructure | undefined>;
}

export type VariableScope = 'roundtrip' | 'execution';
export type CounterReset = 'run' | 'execution' | 'scenario';

/** Everything a handler may use. One context per module per run; no `this` in handlers. */
export interface HandlerContext {
  readonly moduleId: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly scenarioId: string;
  readonly executionId: string;
  /** 1-based cycle number. */
  readonly cycle: number;
  readonly timezone: string;
  now(): Date;
  readonly signal: AbortSignal;
  readonly variables: {
    get(name: string): unknown;
    set(name: string, value: unknown, scope: VariableScope): void;
  };
  /** Counter of this module: resets per cycle (`run`), per execution, or never (`scenario`). */
  increment(reset: CounterReset): Outcome<number>;
  readonly dataStores: DataStoreAccess;
  readonly http: HttpPort | undefined;
  readonly files: FilesPort | undefined;
  readonly connections: ConnectionsPort | undefined;
  readonly webhook: WebhookPort | undefined;
  /** Optional so contexts built before data structures existed stay valid. */
  readonly dataStructures?: DataStructurePort | undefined;
  /** The image codec, on hosts with the `image` capability. */
  readonly image?: ImageCodecPort;
  /** Sets the webhook response of this execution (the last call wins). */
  respond(response: WebhookResponse): void;
}

/**
 * The handler of one module type. Which functions the engine calls depends on the spec's kind:
 * triggers `read` once per cycle; actions, searches, transformers and feeders `run` once per
 * input bundle (the evaluated mapper) and return 0..N output bundles, as an array or as any
 * iterable that makes them lazily (the iterator does: each bundle can be collected as soon as its
 * route is done, instead of all of them living until the last); aggregators `aggregate` the
 * evaluated mappers of one set into one output bundle. Routers and directives have no functions:
 * the engine implements them.
 */
export interface ModuleHandler {
  read?(ctx: HandlerContext): Outcome<readonly unknown[]>;
  run?(ctx: HandlerContext, input: unknown): Outcome<Iterable<unknown>>;
  aggregate?(ctx: HandlerContext, items: readonly unknown[]): Outcome<unknown>;
  commit?(ctx: HandlerContext): Outcome<void>;
  rollback?(ctx: HandlerContext): Outcome<void>;
  requires?: readonly HostCapability[];
}

export interface RegisteredModule {
  spec: ModuleSpec;
  handler: ModuleHandler;
}

/** What the engine is given to find modules: injected, never imported. */
export interface ModuleRegistry {
  get(moduleType: string): RegisteredModule | undefined;
}
