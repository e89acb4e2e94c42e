import type { ModuleHandler } from '../apps/contract';
import type { RunError } from './errors';
import { fail } from './error-route';
import { emitOutputs, visit } from './flow';
import type { PlanNode } from './plan';
import type { RunState } from './run-state';
import { RunStop, beginOperation, emit, handlerContext, isThenable, toRunError } from './run-state';
import { scopeFromRecord } from './scope';
import type { IncompleteExecution } from './execution-record';

/** `empty`: a later cycle whose trigger found nothing; it does not count as a cycle. */
export type CycleOutcome = { more: boolean; error: RunError | null; stop: boolean; empty: boolean };

/** Where cycle 1 starts when resuming an incomplete execution. */
export interface ResumePoint {
  node: PlanNode;
  incomplete: IncompleteExecution;
}

/**
 * One cycle: the operation phase, then commit or rollback (MAKE-REFERENCE.md §1.5). `more` says
 * whether the trigger may have more bundles for another cycle.
 */
export async function runCycle(
  run: RunState,
  cycle: number,
  triggerBundles: readonly unknown[] | undefined,
  resume: ResumePoint | undefined,
): Promise<CycleOutcome> {
  run.cycle = cycle;
  run.touched = [];
  run.started = [];
  run.variables.newCycle();
  const root = run.plan.root;
  let more = false;
  try {
    if (resume) await visit(run, resume.node, scopeFromRecord(resume.incomplete.bundles), true);
    else if (root === null) more = false;
    else if (root.kind === 'trigger') {
      const read = await readTrigger(run, root, cycle, triggerBundles);
      if (read === null) return { more: false, error: null, stop: true, empty: true };
      more = read;
    } else await visit(run, root, null, false);
    await finishCycle(run, 'commit');
    return { more, error: null, stop: false, empty: false };
  } catch (thrown) {
    if (!(thrown instanceof RunStop)) throw thrown;
    await finishCycle(run, thrown.kind);
    return { more: false, error: thrown.error, stop: true, empty: false };
  }
}

/**
 * The trigger's one operation of this cycle. Returns whether more cycles may follow, or null when
 * a later cycle finds nothing (that read costs no operation: the run simply ends, ADR 0202).
 */
async function readTrigger(
  run: RunState,
  root: PlanNode,
  cycle: number,
  given: readonly unknown[] | undefined,
): Promise<boolean | null> {
  let bundles: readonly unknown[];
  let more: boolean;
  if (given !== undefined) {
    const max = Number(root.node.parameters.maxResults);
    const size = Number.isInteger(max) && max > 0 ? max : given.length;
    bundles = given.slice((cycle - 1) * size, cycle * size);
    more = cycle * size < given.length;
  } else {
    const read = root.handler.read;
    try {
      const r = read ? read(handlerContext(run, root)) : [];
      bundles = isThenable(r) ? await r : r;
    } catch (thrown) {
      beginOperation(run, root);
      await fail(run, root, null, toRunError(root.key, thrown));
      return false;
    }
    more = bundles.length > 0;
  }
  if (cycle > 1 && bundles.length === 0) return null;
  beginOperation(run, root);
  await emitOutputs(run, root, null, bundles);
  return more;
}

/** Commit or roll back the cycle's data-store writes, then the modules' own hooks. */
async function finishCycle(run: RunState, kind: 'commit' | 'rollback'): Promise<void> {
  if (kind === 'commit') await run.tx.flush();
  else run.tx.discard();
  const order = [...run.touched];
  const trigger = run.plan.root;
  if (trigger && trigger.kind === 'trigger' && order.includes(trigger)) {
    order.splice(order.indexOf(trigger), 1);
    if (run.settings.autoCommitTriggerLast) order.push(trigger);
    else order.unshift(trigger);
  }
  for (const node of order) {
    const hook: ModuleHandler['commit'] =
      kind === 'commit' ? node.handler.commit : node.handler.rollback;
    if (hook) {
      try {
        const r = hook(handlerContext(run, node));
        if (isThenable(r)) await r;
      } catch (thrown) {
        run.warnings.push({ ...toRunError(node.key, thrown), type: 'InconsistencyError' });
      }
    }
    const log = run.logs[node.index];
    emit(run, {
      type: 'module-finished',
      moduleId: node.key,
      cycle: run.cycle,
      operations: log?.operations ?? 0,
    });
  }
  emit(run, { type: 'cycle-finished', cycle: run.cycle, committed: kind === 'commit' });
}
