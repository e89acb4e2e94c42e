import type {
  ModuleHandler,
  ModuleKind,
  ModuleRegistry,
  ModuleSpec,
  HostCapability,
} from '../apps/contract';
import type { Blueprint, ModuleNode } from '../domain';
import { compileValue } from '../iml';
import type { CompiledValue } from '../iml';
import * as E from './errors';
import type { RunError } from './errors';
import { compileFilter } from './filter';
import type { CompiledFilter } from './filter';

/** One module, compiled once per run: mappings, filter and links to what runs next. */
export interface PlanNode {
  readonly id: number;
  /** The id as text: the key of scopes, logs and reports. */
  readonly key: string;
  readonly node: ModuleNode;
  readonly path: string;
  readonly kind: ModuleKind;
  readonly spec: ModuleSpec;
  readonly handler: ModuleHandler;
  readonly mapper: CompiledValue | null;
  readonly filter: CompiledFilter | null;
  next: PlanNode | null;
  /** Routers: the first module of each route (null for an empty route). */
  readonly routes: (PlanNode | null)[];
  /** Routers: index of the fallback route, or -1. */
  readonly elseIndex: number;
  onerror: PlanNode | null;
  /** Aggregators whose source module (`feeder`) this is. */
  readonly aggregators: PlanNode[];
  readonly groupBy: CompiledValue | null;
  readonly stopIfEmpty: boolean;
  readonly inErrorRoute: boolean;
  /** Dense index, for per-run arrays. */
  readonly index: number;
}

export interface Plan {
  root: PlanNode | null;
  /** Every module in document order. */
  nodes: PlanNode[];
  byKey: Map<string, PlanNode>;
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; error: RunError };

/**
 * Compiles a restored blueprint against a registry: the initialization phase's "can every module
 * run here" check. Fails on the first module that no app implements or this host cannot run.
 */
export function planScenario(
  blueprint: Blueprint,
  registry: ModuleRegistry,
  capabilities?: ReadonlySet<HostCapability>,
): PlanResult {
  const nodes: PlanNode[] = [];
  let failure: RunError | null = null;

  const build = (
    flow: readonly ModuleNode[],
    path: string,
    inErrorRoute: boolean,
  ): PlanNode | null => {
    let first: PlanNode | null = null;
    let prev: PlanNode | null = null;
    flow.forEach((m, i) => {
      const p = `${path}[${i}]`;
      const registered = registry.get(m.module);
      if (!registered) {
        failure ??= E.unsupportedModule(m.id, m.module);
        return;
      }
      const missing = (registered.handler.requires ?? []).filter(
        (c) => capabilities && !capabilities.has(c),
      );
      if (missing.length > 0) failure ??= E.hostUnavailable(m.id, m.module, missing.join(', '));
      const flags = m.flags ?? {};
      const groupBy = flags.groupBy ?? m.parameters.groupBy;
      const fallback = m.parameters.else;
      const node: PlanNode = {
        id: m.id,
        key: String(m.id),
        node: m,
        path: p,
        kind: registered.spec.kind,
        spec: registered.spec,
        handler: registered.handler,
        mapper:
          m.mapper === undefined || m.mapper === null
            ? null
            : compileValue(m.mapper, `${p}.mapper`),
        filter: compileFilter(m.filter, `${p}.filter`),
        next: null,
        routes: [],
        elseIndex: typeof fallback === 'number' ? fallback : -1,
        onerror: null,
        aggregators: [],
        groupBy:
          groupBy === undefined || groupBy === null || groupBy === ''
            ? null
            : compileValue(groupBy, `${p}.flags.groupBy`),
        stopIfEmpty: (flags.stopIfEmpty ?? m.parameters.stopIfEmpty) === true,
        inErrorRoute,
        index: nodes.length,
      };
      nodes.push(node);
      m.routes?.forEach((r, ri) =>
        node.routes.push(build(r.flow, `${p}.routes[${ri}].flow`, inErrorRoute)),
      );
      if (m.onerror) node.onerror = build(m.onerror, `${p}.onerror`, true);
      if (prev) prev.next = node;
      else first = node;
      prev = node;
    });
    return first;
  };

  const root = build(blueprint.flow, 'flow', false);
  if (failure) return { ok: false, error: failure };
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  for (const n of nodes) {
    const feeder = n.node.parameters.feeder;
    if (n.kind === 'aggregator' && feeder !== undefined && feeder !== null) {
      byKey.get(String(feeder))?.aggregators.push(n);
    }
  }
  return { ok: true, plan: { root, nodes, byKey } };
}
