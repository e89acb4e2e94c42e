import type { Blueprint, ModuleNode } from '../../domain';

/** A list of modules that run one after another, and where it hangs. */
export interface Chain {
  list: ModuleNode[];
  kind: 'flow' | 'route' | 'error' | 'orphan';
  /** The router (route) or failing module (error) it belongs to. */
  owner?: ModuleNode;
}

export interface Located {
  node: ModuleNode;
  chain: Chain;
  index: number;
}

/** Unlinked module chains (pasted, or cut off): `metadata.designer.orphans`, one list each. */
export function orphans(bp: Blueprint): ModuleNode[][] {
  const o = bp.metadata.designer.orphans;
  return o.filter((c): c is ModuleNode[] => Array.isArray(c));
}

/**
 * Every chain of the blueprint, the main flow first, then routes and error routes depth first,
 * then the orphans.
 *
 * @example chains(bp).map((c) => c.kind); // ['flow', 'route', 'route', 'error', 'orphan']
 */
export function chains(bp: Blueprint): Chain[] {
  const out: Chain[] = [];
  const visit = (chain: Chain) => {
    out.push(chain);
    for (const node of chain.list) {
      node.routes?.forEach((r) => visit({ list: r.flow, kind: 'route', owner: node }));
      if (node.onerror) visit({ list: node.onerror, kind: 'error', owner: node });
    }
  };
  visit({ list: bp.flow, kind: 'flow' });
  for (const list of orphans(bp)) visit({ list, kind: 'orphan' });
  return out;
}

/** The module with this id, its chain and index; orphans included. */
export function locate(bp: Blueprint, id: number): Located | undefined {
  for (const chain of chains(bp)) {
    const index = chain.list.findIndex((n) => n.id === id);
    const node = chain.list[index];
    if (node) return { node, chain, index };
  }
  return undefined;
}

/** Every module, orphans included, in chain order. */
export function everyModule(bp: Blueprint): ModuleNode[] {
  return chains(bp).flatMap((c) => c.list);
}

/** One above the largest id in use (ids are never reused; orphans count too). */
export function nextId(bp: Blueprint): number {
  return everyModule(bp).reduce((m, n) => Math.max(m, n.id), 0) + 1;
}

/** The ids that run before this module for the same bundle (what its mappings may use). */
export function upstreamIds(bp: Blueprint, id: number): number[] {
  const path: number[] = [];
  const search = (list: ModuleNode[], before: number[]): boolean => {
    const seen = [...before];
    for (const node of list) {
      if (node.id === id) {
        path.push(...seen);
        return true;
      }
      seen.push(node.id);
      for (const r of node.routes ?? []) if (search(r.flow, seen)) return true;
      if (node.onerror && search(node.onerror, seen)) return true;
    }
    return false;
  };
  if (!search(bp.flow, [])) for (const o of orphans(bp)) if (search(o, [])) break;
  return path;
}
