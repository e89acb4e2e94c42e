import {
  PanOnScrollMode,
  XYPanZoom,
  getNodesBounds,
  getViewportForBounds,
  infiniteExtent,
  type PanZoomInstance,
  type PanZoomUpdateOptions,
} from '@xyflow/system';
import { NODE_SIZE, type CanvasNode, type Viewport } from './types';

export const MIN_ZOOM = 0.2;
export const MAX_ZOOM = 2;

export interface PanZoom {
  update(options: { boxSelecting: boolean; connecting: boolean }): void;
  destroy(): void;
  getViewport(): Viewport;
  setViewport(v: Viewport): Promise<void>;
  /** Zoom by a factor around the pane's centre. */
  zoomBy(factor: number): Promise<void>;
  /** Move the picture by screen pixels. */
  panBy(dx: number, dy: number): Promise<boolean>;
  /** Show every node (or the given ones), never zooming in past 1. */
  fit(nodes: readonly CanvasNode[], width: number, height: number): Promise<void>;
}

/**
 * Pan and zoom of the canvas pane (XYPanZoom from @xyflow/system): mouse drag on the pane, wheel
 * and pinch zoom, trackpad scroll pans. Calls `onChange` with every new viewport.
 *
 * @example const pz = createPanZoom(pane, { x: 0, y: 0, zoom: 1 }, (v) => setViewport(v)); pz.destroy();
 */
export function createPanZoom(
  domNode: HTMLElement,
  initial: Viewport,
  onChange: (v: Viewport) => void,
): PanZoom {
  const instance: PanZoomInstance = XYPanZoom({
    domNode,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    translateExtent: infiniteExtent,
    viewport: initial,
    onDraggingChange: () => undefined,
    onPanZoom: (_e, v) => onChange(v),
  });
  const options = (boxSelecting: boolean, connecting: boolean): PanZoomUpdateOptions => ({
    noWheelClassName: 'nowheel',
    noPanClassName: 'nopan',
    preventScrolling: true,
    panOnScroll: false,
    panOnDrag: !boxSelecting,
    panOnScrollMode: PanOnScrollMode.Free,
    panOnScrollSpeed: 0.5,
    userSelectionActive: boxSelecting,
    zoomOnPinch: true,
    zoomOnScroll: true,
    zoomOnDoubleClick: false,
    zoomActivationKeyPressed: false,
    lib: 'weft',
    onTransformChange: ([x, y, zoom]) => onChange({ x, y, zoom }),
    connectionInProgress: connecting,
    paneClickDistance: 2,
  });
  // @xyflow/system 0.0.84 attaches the wheel and drag handlers only on the first update.
  instance.update(options(false, false));
  const set = async (v: Viewport) => {
    await instance.setViewport(v);
    onChange(instance.getViewport());
  };
  return {
    update: ({ boxSelecting, connecting }) => instance.update(options(boxSelecting, connecting)),
    destroy: () => instance.destroy(),
    getViewport: () => instance.getViewport(),
    setViewport: set,
    async zoomBy(factor) {
      await instance.scaleBy(factor);
      onChange(instance.getViewport());
    },
    async panBy(dx, dy) {
      const v = instance.getViewport();
      await set({ x: v.x + dx, y: v.y + dy, zoom: v.zoom });
      return true;
    },
    async fit(nodes, width, height) {
      if (nodes.length === 0)
        return set({ x: width / 2 - NODE_SIZE / 2, y: height / 2 - NODE_SIZE, zoom: 1 });
      const bounds = getNodesBounds(
        nodes.map((n) => ({
          id: n.id,
          position: { x: n.x, y: n.y },
          data: {},
          width: NODE_SIZE,
          height: NODE_SIZE + 24,
        })),
      );
      await set(getViewportForBounds(bounds, width, height, MIN_ZOOM, 1, 0.15));
    },
  };
}
