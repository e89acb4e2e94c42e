import type { Blueprint, ModuleNode } from './blueprint';

/** Where a module sits: its JSON path and the ids that run before it on its route. */
export interface ModulePlace {
  node: ModuleNode;
  path: string;
  /** Ids of modules that ran before this one for the same bundle (route order). */
  upstream: readonly number[];
  /** True inside an error-handler route (`onerror`). */
  inErrorRoute: boolean;
}

/**
 * Visits every module of a restored blueprint in document order: a module, then its routes'
 * flows, then its error-handler route, then the next module.
 *
 * @example
 * walkModules(bp, (p) => console.log(p.path, p.node.id)); // 'flow[0]' 1, 'flow[1].routes[0].flow[0]' 3, …
 */
export function walkModules(blueprint: Blueprint, visit: (place: ModulePlace) => void): void {
  walkFlow(blueprint.flow, 'flow', [], false, visit);
}

function walkFlow(
  flow: readonly ModuleNode[],
  path: string,
  upstream: readonly number[],
  inErrorRoute: boolean,
  visit: (place: ModulePlace) => void,
): void {
  const before = [...upstream];
  flow.forEach((node, i) => {
    const p = `${path}[${i}]`;
    visit({ node, path: p, upstream: [...before], inErrorRoute });
    const self = [...before, node.id];
    node.routes?.forEach((r, ri) =>
      walkFlow(r.flow, `${p}.routes[${ri}].flow`, self, inErrorRoute, visit),
    );
    if (node.onerror) walkFlow(node.onerror, `${p}.onerror`, self, true, visit);
    before.push(node.id);
  });
}

/**
 * Every module of a blueprint in document order, with its place.
 *
 * @example allModules(bp).map((p) => p.node.id); // [1, 2, 3, 4]
 */
export function allModules(blueprint: Blueprint): ModulePlace[] {
  const out: ModulePlace[] = [];
  walkModules(blueprint, (p) => out.push(p));
  return out;
}

/**
 * The module with this id and its place, or undefined.
 *
 * @example findModule(bp, 3)?.path; // 'flow[1].routes[0].flow[0]'
 */
export function findModule(blueprint: Blueprint, id: number): ModulePlace | undefined {
  let found: ModulePlace | undefined;
  walkModules(blueprint, (p) => {
    if (found === undefined && p.node.id === id) found = p;
  });
  return found;
}

/**
 * The next free module id (ids are never reused, so one above the largest).
 *
 * @example nextModuleId(bp); // 5 when the largest id is 4
 */
export function nextModuleId(blueprint: Blueprint): number {
  let max = 0;
  walkModules(blueprint, (p) => {
    if (p.node.id > max) max = p.node.id;
  });
  return max + 1;
}
