import type { EvalContext } from '../iml';

/**
 * The output bundles one bundle has passed, as a persistent linked list: emitting an output is one
 * small allocation, and sibling bundles share their common past. Lookups walk from the newest;
 * chains are as long as the route, so a few steps at most.
 */
export class Scope {
  constructor(
    readonly key: string,
    readonly value: unknown,
    readonly parent: Scope | null,
  ) {}
}

export function lookup(scope: Scope | null, key: string): unknown {
  for (let s = scope; s !== null; s = s.parent) if (s.key === key) return s.value;
  return undefined;
}

/** The bundles of a scope by module id (newest wins), for incomplete executions and reports. */
export function scopeToRecord(scope: Scope | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let s = scope; s !== null; s = s.parent) if (!(s.key in out)) out[s.key] = s.value;
  return out;
}

export function scopeFromRecord(bundles: Record<string, unknown>): Scope | null {
  let scope: Scope | null = null;
  for (const [key, value] of Object.entries(bundles).reverse())
    scope = new Scope(key, value, scope);
  return scope;
}

/** One evaluation context per run; `scope` is set before each (synchronous) evaluation. */
export interface MutableEvalContext extends EvalContext {
  scope: Scope | null;
}

export function createEvalContext(
  now: Date,
  timezone: string,
  executionId: string,
): MutableEvalContext {
  const ctx: MutableEvalContext = {
    scope: null,
    bundle: (moduleId: string) => lookup(ctx.scope, moduleId),
    now,
    timezone,
    executionId,
  };
  return ctx;
}
