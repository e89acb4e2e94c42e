import { DIRECTIVE_MODULES, ROUTER_MODULE, type Blueprint } from '../../domain';
import type { CanvasEdge, CanvasNode } from '../canvas';
import { autoLayout } from './auto-layout';
import { noteOf } from './field-edits';
import { chains } from './locate';
import { moduleInfo } from './module-info';

/** What a run shows on the canvas, per module id. */
export interface ModuleRunView {
  state: 'running' | 'done' | 'error';
  operations?: number;
}

/** The accessible name of a module node: "<Module label> (<id>)" (CONTRACTS.md §6). */
export const nodeName = (type: string, id: number) => `${moduleInfo(type).label} (${id})`;

/**
 * The blueprint as canvas nodes and links. Modules without a stored position get the automatic
 * layout's.
 *
 * @example toCanvas(bp, new Map()).edges[0]; // { id: '1-2', source: '1', target: '2', kind: 'flow' }
 */
export function toCanvas(
  bp: Blueprint,
  run: ReadonlyMap<string, ModuleRunView>,
): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  const auto = autoLayout(bp);
  const nodes: CanvasNode[] = [];
  const edges: CanvasEdge[] = [];
  for (const chain of chains(bp)) {
    chain.list.forEach((node, i) => {
      const info = moduleInfo(node.module);
      const d = (node.metadata?.designer ?? {}) as { x?: unknown; y?: unknown };
      const fallback = auto.get(node.id) ?? { x: 0, y: 0 };
      const id = String(node.id);
      const r = run.get(id);
      nodes.push({
        id,
        x: typeof d.x === 'number' ? d.x : fallback.x,
        y: typeof d.y === 'number' ? d.y : fallback.y,
        name: nodeName(node.module, node.id),
        label: info.label,
        app: info.app,
        glyph: info.glyph,
        color: info.color,
        shape:
          node.module === ROUTER_MODULE
            ? 'router'
            : DIRECTIVE_MODULES.has(node.module)
              ? 'directive'
              : 'module',
        unsupported: info.spec === undefined,
        note: noteOf(bp, node.id) || undefined,
        state: r?.state,
        operations: r?.operations,
      });
      const prev = i === 0 ? chain.owner : chain.list[i - 1];
      if (!prev) return;
      const routeIndex = chain.owner?.routes?.findIndex((rt) => rt.flow === chain.list) ?? -1;
      const kind =
        i === 0 && chain.kind === 'route'
          ? 'route'
          : i === 0 && chain.kind === 'error'
            ? 'error'
            : 'flow';
      const isElse = kind === 'route' && chain.owner?.parameters.else === routeIndex;
      // An unnamed filter on the fallback route reads as what it is.
      const unnamed = isElse ? 'Fallback' : 'Filter';
      edges.push({
        id: `${prev.id}-${node.id}`,
        source: String(prev.id),
        target: id,
        kind,
        filter: node.filter ? node.filter.name || unnamed : isElse ? unnamed : '',
        fallback: isElse,
      });
    });
  }
  return { nodes, edges };
}
