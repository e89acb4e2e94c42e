import type { Blueprint, ModuleNode } from '../../domain';
import { orphans } from './locate';

export const GAP_X = 190;
export const GAP_Y = 170;

/**
 * Tidy positions for every module: chains run left to right, a router's routes stack downwards,
 * an error route hangs below its module, unlinked chains sit below everything.
 *
 * @example autoLayout(bp).get(2); // { x: 190, y: 0 }
 */
export function autoLayout(bp: Blueprint): Map<number, { x: number; y: number }> {
  const out = new Map<number, { x: number; y: number }>();
  // Lays a chain out from (x, row) and returns the first free row below it.
  const chain = (list: readonly ModuleNode[], x: number, row: number): number => {
    let next = row + 1;
    list.forEach((node, i) => {
      const nx = x + i * GAP_X;
      out.set(node.id, { x: nx, y: row * GAP_Y });
      let r = row;
      for (const route of node.routes ?? []) {
        next = Math.max(next, chain(route.flow, nx + GAP_X, r));
        r = next;
      }
      if (node.onerror?.length) next = Math.max(next, chain(node.onerror, nx + GAP_X / 2, next));
    });
    return next;
  };
  let row = chain(bp.flow, 0, 0);
  for (const o of orphans(bp)) row = chain(o, 0, row + 1);
  return out;
}
