import * as E from './errors';
import { feed, collect } from './aggregation';
import { directive, fail } from './error-route';
import { evaluateFilter } from './filter';
import { jsonByteSize } from './json-size';
import { logBundle } from './module-log';
import type { ModuleLog } from './execution-record';
import type { PlanNode } from './plan';
import type { RunState } from './run-state';
import { RunStop, beginOperation, handlerContext, isThenable, toRunError } from './run-state';
import { Scope } from './scope';

const EMPTY_INPUT: Readonly<Record<string, never>> = Object.freeze({});

/**
 * Runs one bundle through `node` and everything after it, depth first (DESIGN.md §5): each
 * output bundle travels the rest of the route before the next one starts.
 */
export async function visit(
  run: RunState,
  node: PlanNode,
  scope: Scope | null,
  skipFilter: boolean,
): Promise<void> {
  if (!skipFilter && node.filter !== null) {
    const f = evaluateFilter(node.filter, run.ctx, scope);
    if (!f.ok) return fail(run, node, scope, E.mappingFailed(node.key, f.message));
    if (!f.pass) return;
  }
  switch (node.kind) {
    case 'router':
      return route(run, node, scope);
    case 'aggregator':
      return collect(run, node, scope);
    case 'directive':
      return directive(run, node, scope);
    default:
      return operate(run, node, scope);
  }
}

/** Evaluates a module's mapper for the bundle in `scope`. */
export function evaluateMapper(
  run: RunState,
  node: PlanNode,
  scope: Scope | null,
): { ok: true; value: unknown } | { ok: false; message: string } {
  if (node.mapper === null) return { ok: true, value: EMPTY_INPUT };
  run.ctx.scope = scope;
  const r = node.mapper.evaluate(run.ctx);
  return r.ok ? r : { ok: false, message: `${r.error.path}: ${r.error.message}` };
}

/** One operation of an action, search, transformer or iterator on one bundle. */
async function operate(run: RunState, node: PlanNode, scope: Scope | null): Promise<void> {
  beginOperation(run, node);
  const log = run.logs[node.index] as ModuleLog;
  const input = evaluateMapper(run, node, scope);
  if (!input.ok) return fail(run, node, scope, E.mappingFailed(node.key, input.message));
  logBundle(log, log.input, input.value, run.policy);
  const handler = node.handler;
  if (!handler.run)
    return fail(
      run,
      node,
      scope,
      E.moduleFailed(node.key, 'RuntimeError', 'this module cannot process bundles'),
    );
  let outputs: Iterable<unknown>;
  try {
    const r = handler.run(handlerContext(run, node), input.value);
    outputs = isThenable(r) ? await r : r;
  } catch (thrown) {
    return fail(run, node, scope, toRunError(node.key, thrown));
  }
  if (run.settings.autoCommit && run.tx.hasPending()) await run.tx.flush();
  const limit = node.kind === 'search' ? run.limits.maxSearchResults : Infinity;
  return emitOutputs(run, node, scope, outputs, limit);
}

/** Sends a module's output bundles on, or into the aggregators it is the source of. */
export function emitOutputs(
  run: RunState,
  node: PlanNode,
  scope: Scope | null,
  outputs: Iterable<unknown>,
  limit = Infinity,
): Promise<void> {
  if (node.aggregators.length > 0) return feed(run, node, scope, outputs, limit);
  return sendOn(run, node, scope, outputs, limit);
}

/**
 * Records each output bundle (data transfer, log, bundle limit) and takes it down the rest of the
 * route before the next one is made, so lazily made bundles never all live at once.
 */
export async function sendOn(
  run: RunState,
  node: PlanNode,
  scope: Scope | null,
  outputs: Iterable<unknown>,
  limit: number,
): Promise<void> {
  const log = run.logs[node.index] as ModuleLog;
  const next = node.next;
  let count = 0;
  for (const out of outputs) {
    if (count++ >= limit) break;
    const size = jsonByteSize(out);
    log.dataTransfer += size;
    run.dataTransfer += size;
    logBundle(log, log.output, out, run.policy);
    if (++run.bundles > run.limits.maxBundles)
      throw new RunStop('rollback', E.bundleLimit(run.limits.maxBundles));
    if (next === null) continue;
    const pending = visit(run, next, new Scope(node.key, out, scope), false);
    if (pending !== undefined) await pending;
  }
}

/**
 * A router sends the bundle down every route whose filter passes, in order; the fallback route
 * runs last and only when no other route passed (MAKE-REFERENCE.md §2.1). Routers cost nothing.
 */
async function route(run: RunState, router: PlanNode, scope: Scope | null): Promise<void> {
  let passed = false;
  for (let i = 0; i < router.routes.length; i++) {
    if (i === router.elseIndex) continue;
    const first = router.routes[i];
    if (!first) {
      passed = true;
      continue;
    }
    if (first.filter !== null) {
      const f = evaluateFilter(first.filter, run.ctx, scope);
      if (!f.ok) {
        await fail(run, first, scope, E.mappingFailed(first.key, f.message));
        continue;
      }
      if (!f.pass) continue;
    }
    passed = true;
    await visit(run, first, scope, true);
  }
  const fallback = router.elseIndex >= 0 ? router.routes[router.elseIndex] : undefined;
  if (!passed && fallback) await visit(run, fallback, scope, false);
}
