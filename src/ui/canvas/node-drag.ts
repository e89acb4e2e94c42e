import { XYDrag, infiniteExtent, type NodeDragItem, type XYPosition } from '@xyflow/system';
import type { InternalFlowNode } from './geometry';
import type { Viewport } from './types';

/** What a node drag reads at the moment it needs it (the canvas's current state). */
export interface DragContext {
  pane: () => HTMLElement | undefined;
  lookup: () => Map<string, InternalFlowNode>;
  viewport: () => Viewport;
  panBy: (dx: number, dy: number) => Promise<boolean>;
  /** The node was pressed: select it unless it already is. */
  press: (id: string) => void;
  /** New positions while dragging (`final` false) and once more on drop (`final` true). */
  move: (positions: Map<string, XYPosition>, final: boolean) => void;
}

/**
 * Makes one node draggable (XYDrag from @xyflow/system): dragging a selected node moves the whole
 * selection. A press without movement stays a click.
 *
 * @example const drag = createNodeDrag(el, '3', ctx); drag.destroy();
 */
export function createNodeDrag(domNode: Element, nodeId: string, ctx: DragContext) {
  const toPositions = (items: Map<string, NodeDragItem | InternalFlowNode>) =>
    new Map([...items].map(([id, item]) => [id, { ...item.position }]));
  const instance = XYDrag({
    getStoreItems: () => {
      const lookup = ctx.lookup();
      const v = ctx.viewport();
      return {
        nodes: [...lookup.values()].map((n) => n.internals.userNode),
        nodeLookup: lookup,
        edges: [],
        nodeExtent: infiniteExtent,
        snapGrid: [16, 16],
        snapToGrid: false,
        nodeOrigin: [0, 0],
        multiSelectionActive: false,
        domNode: ctx.pane(),
        transform: [v.x, v.y, v.zoom],
        autoPanOnNodeDrag: true,
        nodesDraggable: true,
        selectNodesOnDrag: true,
        nodeDragThreshold: 2,
        panBy: ({ x, y }) => ctx.panBy(x, y),
        unselectNodesAndEdges: () => undefined,
        updateNodePositions: (items, dragging) => ctx.move(toPositions(items), !dragging),
      };
    },
    onNodeMouseDown: (id) => ctx.press(id),
  });
  instance.update({ domNode, nodeId, isSelectable: true, noDragClassName: 'nodrag' });
  return {
    update: () =>
      instance.update({ domNode, nodeId, isSelectable: true, noDragClassName: 'nodrag' }),
    destroy: () => instance.destroy(),
  };
}
