import { Position, getBezierPath } from '@xyflow/system';
import { NODE_SIZE } from './types';

/**
 * The curve of a link from a node's output (right middle) to another's input (left middle), and
 * the point in its middle where the filter button sits.
 *
 * @example linkPath({ x: 0, y: 0 }, { x: 200, y: 0 }); // { d: 'M96,48 C…', midX: 148, midY: 48 }
 */
export function linkPath(
  from: { x: number; y: number },
  to: { x: number; y: number },
): { d: string; midX: number; midY: number } {
  const [d, midX, midY] = getBezierPath({
    sourceX: from.x + NODE_SIZE,
    sourceY: from.y + NODE_SIZE / 2,
    sourcePosition: Position.Right,
    targetX: to.x,
    targetY: to.y + NODE_SIZE / 2,
    targetPosition: Position.Left,
  });
  return { d, midX, midY };
}
