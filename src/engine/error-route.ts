import type { RunError } from './errors';
import * as E from './errors';
import type { IncompleteExecution, ModuleLog } from './execution-record';
import { emitOutputs, evaluateMapper, visit } from './flow';
import type { PlanNode } from './plan';
import type { RunState } from './run-state';
import { RunStop } from './run-state';
import { Scope, scopeToRecord } from './scope';

/** Make retries these by itself, this many minutes after the run (MAKE-REFERENCE.md §1.9). */
const AUTO_RETRY_MINUTES = [1, 10, 10, 30, 30, 30, 180, 180];
const AUTO_RETRY_TYPES = new Set(['ConnectionError', 'RateLimitError', 'ModuleTimeoutError']);

/**
 * A module failed on one bundle (its operation, if any, is already counted). With an
 * error-handler route the route runs with `{{N.error}}` mappable; without one the bundle is
 * stored as incomplete when "store incomplete executions" is on, else the cycle rolls back
 * (MAKE-REFERENCE.md §2.9).
 */
export async function fail(
  run: RunState,
  node: PlanNode,
  scope: Scope | null,
  error: RunError,
): Promise<void> {
  (run.logs[node.index] as ModuleLog).errors.push({ type: error.type, message: error.message });
  if (node.onerror !== null) {
    run.errorFrames.push({ node, scope, error });
    try {
      const errorBundle = { error: { type: error.type, message: error.message } };
      await visit(run, node.onerror, new Scope(node.key, errorBundle, scope), false);
    } finally {
      run.errorFrames.pop();
    }
    return;
  }
  // Errors inside a handler route, and errors of the first module, are never stored.
  if (!node.inErrorRoute && run.settings.dlq && node !== run.plan.root) {
    storeIncomplete(run, node, scope, error, null);
    return;
  }
  throw new RunStop('rollback', error);
}

/** The directive that ends an error-handler route decides what happens to the failed bundle. */
export async function directive(run: RunState, node: PlanNode, scope: Scope | null): Promise<void> {
  const frame = run.errorFrames[run.errorFrames.length - 1];
  if (!frame) throw new RunStop('rollback', E.directiveOutsideHandler(node.key));
  switch (node.node.module) {
    case 'builtin:Resume': {
      const substitute = evaluateMapper(run, node, scope);
      if (!substitute.ok)
        throw new RunStop('rollback', E.mappingFailed(node.key, substitute.message));
      // The flow after the failed module is outside the handler route again.
      run.errorFrames.pop();
      try {
        await emitOutputs(run, frame.node, frame.scope, [substitute.value]);
      } finally {
        run.errorFrames.push(frame);
      }
      return;
    }
    case 'builtin:Commit':
      throw new RunStop('commit', null);
    case 'builtin:Rollback':
      throw new RunStop('rollback', frame.error);
    case 'builtin:Break': {
      const settings = evaluateMapper(run, node, scope);
      storeIncomplete(
        run,
        frame.node,
        frame.scope,
        frame.error,
        settings.ok ? settings.value : null,
      );
      return;
    }
    default:
      return; // builtin:Ignore: drop the bundle, go on.
  }
}

function storeIncomplete(
  run: RunState,
  node: PlanNode,
  scope: Scope | null,
  error: RunError,
  breakMapper: unknown,
): void {
  const m = (typeof breakMapper === 'object' && breakMapper !== null ? breakMapper : {}) as Record<
    string,
    unknown
  >;
  const count = Number(m.count);
  const interval = Number(m.interval);
  const record: IncompleteExecution = {
    moduleId: node.key,
    cycle: run.cycle,
    error: { type: error.type, message: error.message },
    bundles: scopeToRecord(scope),
    variables: run.variables.executionSnapshot(),
    retry: {
      enabled: m.retry === undefined ? true : m.retry === true || m.retry === 'true',
      attempts: Number.isFinite(count) && count > 0 ? count : 3,
      intervalMinutes: Number.isFinite(interval) && interval > 0 ? interval : 15,
    },
    autoRetryMinutes: AUTO_RETRY_TYPES.has(error.type) ? [...AUTO_RETRY_MINUTES] : null,
  };
  run.incomplete.push(record);
  run.warnings.push(error);
}
