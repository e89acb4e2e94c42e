/** ui/canvas: the only place that imports @xyflow/system (DESIGN.md §3). */
export { Canvas, type CanvasApi, type CanvasProps } from './canvas';
export { NODE_SIZE, type CanvasEdge, type CanvasNode, type Viewport } from './types';
