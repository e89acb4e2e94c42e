import type { ModuleFilter } from '../domain';
import { applyFilterOperator, compileValue } from '../iml';
import type { CompiledValue } from '../iml';
import type { MutableEvalContext, Scope } from './scope';

interface CompiledCondition {
  a: CompiledValue;
  b: CompiledValue | null;
  o: string;
}

/** A compiled filter: OR of AND-groups (MAKE-REFERENCE.md §2.3). */
export interface CompiledFilter {
  groups: CompiledCondition[][];
}

export type FilterOutcome = { ok: true; pass: boolean } | { ok: false; message: string };

/** Compiles a module's filter once; `null` when it has none or no conditions (always passes). */
export function compileFilter(
  filter: ModuleFilter | null | undefined,
  path: string,
): CompiledFilter | null {
  if (!filter || filter.conditions.length === 0) return null;
  const groups = filter.conditions.map((group, g) =>
    group.map((c, i) => ({
      a: compileValue(c.a ?? '', `${path}.conditions[${g}][${i}].a`),
      b: c.b === undefined ? null : compileValue(c.b, `${path}.conditions[${g}][${i}].b`),
      o: c.o,
    })),
  );
  return groups.every((g) => g.length === 0) ? null : { groups };
}

/** Evaluates a filter for one bundle. An empty AND-group passes, as in Make's fallback routes. */
export function evaluateFilter(
  filter: CompiledFilter,
  ctx: MutableEvalContext,
  scope: Scope | null,
): FilterOutcome {
  ctx.scope = scope;
  for (const group of filter.groups) {
    let all = true;
    for (const c of group) {
      const a = c.a.evaluate(ctx);
      if (!a.ok) return { ok: false, message: a.error.message };
      let b: unknown;
      if (c.b !== null) {
        const rb = c.b.evaluate(ctx);
        if (!rb.ok) return { ok: false, message: rb.error.message };
        b = rb.value;
      }
      const r = applyFilterOperator(c.o, a.value, b, ctx);
      if (!r.ok) return { ok: false, message: r.error.message };
      if (!r.value) {
        all = false;
        break;
      }
    }
    if (all) return { ok: true, pass: true };
  }
  return { ok: true, pass: false };
}
