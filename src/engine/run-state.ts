import type { HandlerContext, WebhookResponse } from '../apps/contract';
import { ModuleError } from '../apps/contract';
import type { ScenarioSettings } from '../domain';
import * as E from './errors';
import type { RunError } from './errors';
import type { RunEvent } from './events';
import type { IncompleteExecution, ModuleLog } from './execution-record';
import type { LogPolicy } from './module-log';
import type { Plan, PlanNode } from './plan';
import type { EnginePorts, RunLimits } from './ports';
import type { MutableEvalContext, Scope } from './scope';
import type { TransactionalDataStores } from './transactions';
import type { RunVariables } from './variables';

/** Items collected by one aggregator during one pass of its source module. */
export interface AggregationFrame {
  items: unknown[];
  /** With group-by: group text → the group's key value and items, in first-seen order. */
  groups: Map<string, { key: unknown; items: unknown[] }> | null;
}

/** The module whose error an error-handler route is handling, for its directives. */
export interface ErrorFrame {
  node: PlanNode;
  scope: Scope | null;
  error: RunError;
}

/** Everything one execution mutates. Functions of the runner take it as their first argument. */
export interface RunState {
  readonly plan: Plan;
  readonly settings: ScenarioSettings;
  readonly ports: EnginePorts;
  readonly limits: RunLimits;
  readonly policy: LogPolicy;
  readonly ctx: MutableEvalContext;
  readonly scenarioId: string;
  readonly executionId: string;
  readonly timezone: string;
  readonly now: Date;
  readonly startMs: number;
  readonly tx: TransactionalDataStores;
  readonly variables: RunVariables;
  readonly logs: ModuleLog[];
  readonly handlerContexts: (HandlerContext | undefined)[];
  readonly frames: (AggregationFrame | undefined)[];
  readonly errorFrames: ErrorFrame[];
  readonly incomplete: IncompleteExecution[];
  readonly warnings: RunError[];
  /** Modules that ran in this cycle, in first-run order (commit hooks, events). */
  touched: PlanNode[];
  started: boolean[];
  cycle: number;
  operations: number;
  dataTransfer: number;
  bundles: number;
  sinceLimitCheck: number;
  webhookResponse: WebhookResponse | null;
}

/** Thrown (internally) to end a cycle: a Commit directive, or a rollback with its error. */
export class RunStop {
  constructor(
    readonly kind: 'commit' | 'rollback',
    readonly error: RunError | null,
  ) {}
}

export function emit(run: RunState, event: RunEvent): void {
  run.ports.onEvent?.(event);
}

const LIMIT_CHECK_EVERY = 256;

/** Counts one operation of `node`, after checking abort and the run-time limit. */
export function beginOperation(run: RunState, node: PlanNode): void {
  markStarted(run, node);
  if (run.ports.signal?.aborted) throw new RunStop('rollback', E.aborted());
  if (++run.sinceLimitCheck >= LIMIT_CHECK_EVERY) {
    run.sinceLimitCheck = 0;
    if (run.ports.clock.elapsedMs() - run.startMs > run.limits.maxRunMs) {
      throw new RunStop('rollback', E.timeLimit(run.limits.maxRunMs));
    }
  }
  run.operations++;
  (run.logs[node.index] as ModuleLog).operations++;
}

/** First bundle of a module in this cycle: remember it for commit hooks and tell the host. */
export function markStarted(run: RunState, node: PlanNode): void {
  if (run.started[node.index]) return;
  run.started[node.index] = true;
  run.touched.push(node);
  emit(run, { type: 'module-started', moduleId: node.key, cycle: run.cycle });
}

export function toRunError(moduleId: string, thrown: unknown): RunError {
  if (thrown instanceof ModuleError) return E.moduleFailed(moduleId, thrown.type, thrown.message);
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return E.moduleFailed(moduleId, 'RuntimeError', message);
}

export const isThenable = <T>(v: T | Promise<T>): v is Promise<T> =>
  typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';

/** The handler context of a module, built on first use and kept for the run. */
export function handlerContext(run: RunState, node: PlanNode): HandlerContext {
  const existing = run.handlerContexts[node.index];
  if (existing) return existing;
  const { ports } = run;
  const ctx: HandlerContext = {
    moduleId: node.key,
    parameters: node.node.parameters,
    scenarioId: run.scenarioId,
    executionId: run.executionId,
    get cycle() {
      return run.cycle;
    },
    timezone: run.timezone,
    now: () => run.now,
    signal: ports.signal ?? new AbortController().signal,
    variables: { get: (n) => run.variables.get(n), set: (n, v, s) => run.variables.set(n, v, s) },
    increment: (reset) => run.variables.increment(node.key, reset),
    dataStores: run.tx.access,
    http: ports.http,
    files: ports.files,
    connections: ports.connections,
    webhook: ports.webhook,
    dataStructures: ports.dataStructures,
    image: ports.image,
    respond: (response) => {
      run.webhookResponse = response;
    },
  };
  run.handlerContexts[node.index] = ctx;
  return ctx;
}
