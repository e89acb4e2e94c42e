/**
 * Types for Make's blueprint JSON (MAKE-REFERENCE.md §7) plus Weft's additions under
 * `metadata.weft`. Every type keeps an index signature: keys we do not know (Make adds new ones
 * over time) travel through restore and export untouched, so a round trip is lossless.
 */

/** One filter condition: `a` and `b` are IML fields; unary operators (`exist`) omit `b`. */
export interface FilterCondition {
  a: unknown;
  o: string;
  b?: unknown;
  [key: string]: unknown;
}

/** A filter on the link before a module: `conditions` is an OR of AND-groups. */
export interface ModuleFilter {
  name?: string;
  conditions: FilterCondition[][];
  [key: string]: unknown;
}

/** One route of a router; its filter sits on the route's first module. */
export interface Route {
  flow: ModuleNode[];
  [key: string]: unknown;
}

/** A module in a flow. `id` is unique across the whole blueprint and never reused. */
export interface ModuleNode {
  id: number;
  /** `app:Name`, e.g. `builtin:BasicRouter`. */
  module: string;
  version: number;
  /** Static configuration (connections, hook id, data store id, `feeder`, …). */
  parameters: Record<string, unknown>;
  /** IML-mappable inputs; `null` on routers. Absent means `{}`. */
  mapper?: unknown;
  filter?: ModuleFilter | null;
  /** Routers only. */
  routes?: Route[];
  /** The error-handler route: ordinary modules, optionally ending in a directive. */
  onerror?: ModuleNode[];
  /** Aggregator flags (`groupBy`, `stopIfEmpty`) when Make stores them here; often `null`. */
  flags?: Record<string, unknown> | null;
  metadata?: Record<string, unknown>;
  [key: string]: unknown;
}

/** `metadata.scenario`: the scenario settings panel. */
export interface ScenarioSettings {
  /** Max number of cycles. */
  roundtrips: number;
  /** Consecutive errors before deactivation. */
  maxErrors: number;
  autoCommit: boolean;
  autoCommitTriggerLast: boolean;
  sequential: boolean;
  slots: number | null;
  confidential: boolean;
  dataloss: boolean;
  /** Store incomplete executions. */
  dlq: boolean;
  freshVariables: boolean;
  [key: string]: unknown;
}

/** Weft's own metadata: bindings of Make's numeric ids to local objects (CONTRACTS.md §3). */
export interface WeftMetadata {
  bindings: Record<string, string>;
  [key: string]: unknown;
}

/** Newer note format, `metadata.notes[]`. */
export interface ScenarioNote {
  moduleIds: number[];
  /** HTML. */
  content: string;
  isFilterNote?: boolean;
  metadata?: { color?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** Older (Integromat-era) note format, `metadata.designer.notes[]`. */
export interface DesignerNote {
  id: number;
  text: string;
  filter?: boolean;
  [key: string]: unknown;
}

export interface BlueprintMetadata {
  version: number;
  instant: boolean;
  scenario: ScenarioSettings;
  designer: { orphans: unknown[]; notes?: DesignerNote[]; [key: string]: unknown };
  notes?: ScenarioNote[];
  zone?: string;
  weft?: WeftMetadata;
  [key: string]: unknown;
}

export interface Blueprint {
  name: string;
  flow: ModuleNode[];
  metadata: BlueprintMetadata;
  [key: string]: unknown;
}

/** A module whose type no app implements: kept in the document, reported, never dropped. */
export interface UnsupportedModule {
  id: number;
  module: string;
  path: string;
}

/** The error directives that may end an error-handler route. */
export const DIRECTIVE_MODULES: ReadonlySet<string> = new Set([
  'builtin:Ignore',
  'builtin:Resume',
  'builtin:Commit',
  'builtin:Rollback',
  'builtin:Break',
]);

export const ROUTER_MODULE = 'builtin:BasicRouter';

/** The only blueprint format version so far (`metadata.version`). */
export const BLUEPRINT_VERSION = 1;
