import { ROUTER_MODULE, type Blueprint, type ModuleNode } from '../../domain';
import { chains, locate, nextId, orphans } from './locate';
import { newModule } from './new-module';

/*
 * Edits of a blueprint draft. Each one mutates the draft it is given (the history hands out a
 * copy) and returns what the caller needs; none of them touches storage.
 */

/**
 * Adds a module: after `after` (a router gets it as a new route; a module in the middle of a
 * chain gets it inserted before its successor), or as the trigger of an empty scenario, or
 * unlinked.
 *
 * @example addModule(bp, 'builtin:BasicFeeder', { after: 1, at: { x: 300, y: 0 } }); // 2
 */
export function addModule(
  bp: Blueprint,
  type: string,
  place: { after?: number; at: { x: number; y: number } },
): number {
  const id = nextId(bp);
  const node = newModule(type, id, place.at);
  const after = place.after === undefined ? undefined : locate(bp, place.after);
  if (after) {
    if (after.node.module === ROUTER_MODULE) (after.node.routes ??= []).push({ flow: [node] });
    else after.chain.list.splice(after.index + 1, 0, node);
  } else if (bp.flow.length === 0) bp.flow.push(node);
  else bp.metadata.designer.orphans.push([node]);
  return id;
}

/** Adds a route to a router, starting with a new module. */
export function addRoute(
  bp: Blueprint,
  routerId: number,
  type: string,
  at: { x: number; y: number },
) {
  return addModule(bp, type, { after: routerId, at });
}

/** Gives a module an error-handler route ending in a directive (replacing a directive at its end). */
export function setErrorHandler(bp: Blueprint, id: number, directive: string | null): void {
  const found = locate(bp, id);
  if (!found) return;
  const node = found.node;
  if (directive === null) {
    delete node.onerror;
    return;
  }
  const route = node.onerror ?? [];
  const last = route[route.length - 1];
  const pos = (node.metadata?.designer ?? {}) as { x?: number; y?: number };
  const handler = newModule(directive, nextId(bp), {
    x: (pos.x ?? 0) + 150 * (route.length + 1),
    y: (pos.y ?? 0) + 170,
  });
  handler.mapper = directive === 'builtin:Break' ? { count: 3, interval: 15 } : {};
  if (last && last.module.startsWith('builtin:') && isDirective(last.module)) route.pop();
  route.push(handler);
  node.onerror = route;
}

const isDirective = (type: string) =>
  ['Ignore', 'Resume', 'Commit', 'Rollback', 'Break'].some((d) => type === `builtin:${d}`);

/**
 * Removes modules. A removed module's successors close up behind its predecessor; a router goes
 * with its routes, a module with its error route. Routes left empty are dropped.
 */
export function removeModules(bp: Blueprint, ids: readonly number[]): void {
  for (const id of ids) {
    const found = locate(bp, id);
    if (!found) continue;
    found.chain.list.splice(found.index, 1);
  }
  for (const chain of chains(bp)) {
    const routes = chain.owner?.routes;
    if (routes) chain.owner!.routes = routes.filter((r) => r.flow.length > 0);
  }
  bp.metadata.designer.orphans = orphans(bp).filter((o) => o.length > 0);
}

/**
 * Links `source` to `target`: the target's whole chain (an unlinked chain, or the main flow when
 * the source is unlinked) moves behind the source, or becomes a new route of a router source.
 * Returns an error message when the link is not possible.
 */
export function linkModules(bp: Blueprint, source: number, target: number): string | undefined {
  const s = locate(bp, source);
  const t = locate(bp, target);
  if (!s || !t) return 'That module is gone.';
  if (t.index !== 0 || (t.chain.kind !== 'orphan' && t.chain.kind !== 'flow'))
    return `Module ${target} already has a module before it.`;
  if (t.chain.list === s.chain.list || containsModule(t.chain.list, source))
    return 'That link would make a loop.';
  if (t.chain.kind === 'flow' && s.chain.kind !== 'orphan')
    return 'The trigger can only follow an unlinked module.';
  const isRouter = s.node.module === ROUTER_MODULE;
  if (!isRouter && s.index !== s.chain.list.length - 1)
    return `Module ${source} already links to the next module; add a router to branch.`;
  const moved = t.chain.list.splice(0, t.chain.list.length);
  if (isRouter) (s.node.routes ??= []).push({ flow: moved });
  else s.chain.list.push(...moved);
  if (t.chain.kind === 'flow') {
    // An unlinked chain now leads into the trigger: it becomes the main flow.
    bp.flow.push(...s.chain.list.splice(0, s.chain.list.length));
  }
  bp.metadata.designer.orphans = orphans(bp).filter((o) => o.length > 0);
  return undefined;
}

function containsModule(list: readonly ModuleNode[], id: number): boolean {
  return list.some(
    (n) =>
      n.id === id ||
      (n.routes ?? []).some((r) => containsModule(r.flow, id)) ||
      containsModule(n.onerror ?? [], id),
  );
}

/** Stores canvas positions (`metadata.designer.x/y`). */
export function moveModules(
  bp: Blueprint,
  positions: ReadonlyMap<number, { x: number; y: number }>,
) {
  for (const [id, p] of positions) {
    const found = locate(bp, id);
    if (!found) continue;
    const meta = (found.node.metadata ??= {});
    const designer = (meta.designer ?? {}) as Record<string, unknown>;
    meta.designer = { ...designer, x: Math.round(p.x), y: Math.round(p.y) };
  }
}
