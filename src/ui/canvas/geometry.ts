import { Position, type InternalNodeBase, type NodeBase } from '@xyflow/system';
import { HANDLE_SIZE, NODE_SIZE, type CanvasNode } from './types';

export type FlowNode = NodeBase<{ node: CanvasNode }>;
export type InternalFlowNode = InternalNodeBase<FlowNode>;

/**
 * The internal node @xyflow/system's drag, handle and bounds helpers expect. Nodes have a fixed
 * size, so handle bounds are computed, not measured: a target handle on the left middle and a
 * source handle on the right middle.
 *
 * @example toInternal(node, true).internals.handleBounds?.source?.[0]?.position; // 'right'
 */
export function toInternal(node: CanvasNode, selected: boolean): InternalFlowNode {
  const mid = NODE_SIZE / 2 - HANDLE_SIZE / 2;
  const handle = (type: 'source' | 'target') => ({
    id: null,
    nodeId: node.id,
    type,
    position: type === 'source' ? Position.Right : Position.Left,
    x: type === 'source' ? NODE_SIZE - HANDLE_SIZE / 2 : -HANDLE_SIZE / 2,
    y: mid,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  });
  const userNode: FlowNode = {
    id: node.id,
    position: { x: node.x, y: node.y },
    data: { node },
    selected,
    draggable: true,
    width: NODE_SIZE,
    height: NODE_SIZE,
  };
  return {
    ...userNode,
    measured: { width: NODE_SIZE, height: NODE_SIZE },
    internals: {
      positionAbsolute: { x: node.x, y: node.y },
      z: 0,
      userNode,
      handleBounds: { source: [handle('source')], target: [handle('target')] },
    },
  };
}

/** The lookup map of internal nodes, by id. */
export function buildLookup(
  nodes: readonly CanvasNode[],
  selected: ReadonlySet<string>,
): Map<string, InternalFlowNode> {
  return new Map(nodes.map((n) => [n.id, toInternal(n, selected.has(n.id))]));
}
