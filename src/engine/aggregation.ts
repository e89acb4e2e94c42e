import { toText } from '../iml';
import * as E from './errors';
import { fail } from './error-route';
import { emitOutputs, evaluateMapper, sendOn } from './flow';
import { logBundle } from './module-log';
import type { ModuleLog } from './execution-record';
import type { PlanNode } from './plan';
import type { AggregationFrame, RunState } from './run-state';
import { beginOperation, handlerContext, isThenable, markStarted, toRunError } from './run-state';
import type { Scope } from './scope';

/**
 * Sends a source module's output bundles on while its aggregators collect, then releases each
 * aggregator's sets (DESIGN.md §5, Aggregators). Frames are saved and restored so that a source
 * module running again inside an outer loop starts fresh sets.
 */
export async function feed(
  run: RunState,
  source: PlanNode,
  scope: Scope | null,
  outputs: Iterable<unknown>,
  limit: number,
): Promise<void> {
  const aggregators = source.aggregators;
  const saved = aggregators.map((a) => run.frames[a.index]);
  const frames = aggregators.map((a) => {
    const frame: AggregationFrame = { items: [], groups: a.groupBy === null ? null : new Map() };
    run.frames[a.index] = frame;
    return frame;
  });
  try {
    await sendOn(run, source, scope, outputs, limit);
  } finally {
    aggregators.forEach((a, i) => (run.frames[a.index] = saved[i]));
  }
  for (let i = 0; i < aggregators.length; i++) {
    await release(run, aggregators[i] as PlanNode, scope, frames[i] as AggregationFrame);
  }
}

/** A bundle reaches an aggregator: evaluate its mapper and keep the item (no operation yet). */
export function collect(
  run: RunState,
  agg: PlanNode,
  scope: Scope | null,
): Promise<void> | undefined {
  const frame = run.frames[agg.index];
  if (!frame) return fail(run, agg, scope, E.noAggregation(agg.key));
  markStarted(run, agg);
  const item = evaluateMapper(run, agg, scope);
  if (!item.ok) return fail(run, agg, scope, E.mappingFailed(agg.key, item.message));
  const log = run.logs[agg.index] as ModuleLog;
  logBundle(log, log.input, item.value, run.policy);
  if (frame.groups === null || agg.groupBy === null) {
    frame.items.push(item.value);
    return undefined;
  }
  run.ctx.scope = scope;
  const key = agg.groupBy.evaluate(run.ctx);
  if (!key.ok) return fail(run, agg, scope, E.mappingFailed(agg.key, key.error.message));
  const text = toText(key.value);
  const group = frame.groups.get(text);
  if (group) group.items.push(item.value);
  else frame.groups.set(text, { key: key.value, items: [item.value] });
  return undefined;
}

/** One operation per set; an empty aggregation emits unless "stop if empty" (ADR 0203). */
async function release(
  run: RunState,
  agg: PlanNode,
  scope: Scope | null,
  frame: AggregationFrame,
): Promise<void> {
  const sets =
    frame.groups === null ? [{ key: undefined, items: frame.items }] : [...frame.groups.values()];
  if (frame.groups === null && frame.items.length === 0 && agg.stopIfEmpty) return;
  const aggregate = agg.handler.aggregate;
  for (const set of sets) {
    beginOperation(run, agg);
    if (!aggregate) {
      await fail(
        run,
        agg,
        scope,
        E.moduleFailed(agg.key, 'RuntimeError', 'this module cannot aggregate'),
      );
      continue;
    }
    let out: unknown;
    try {
      const r = aggregate(handlerContext(run, agg), set.items);
      out = isThenable(r) ? await r : r;
    } catch (thrown) {
      await fail(run, agg, scope, toRunError(agg.key, thrown));
      continue;
    }
    if (frame.groups !== null) out = { key: set.key, ...(out as object) };
    if (run.settings.autoCommit && run.tx.hasPending()) await run.tx.flush();
    await emitOutputs(run, agg, scope, [out]);
  }
}
