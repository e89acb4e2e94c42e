import { For, createMemo, type Accessor, type JSX } from 'solid-js';
import { NODE_SIZE, type CanvasNode, type Viewport } from './types';

const W = 180;
const H = 120;

export interface MinimapProps {
  nodes: readonly CanvasNode[];
  viewport: Accessor<Viewport>;
  paneSize: Accessor<{ width: number; height: number }>;
  /** Centre the view on this flow point. */
  onCenter: (x: number, y: number) => void;
}

/**
 * A small overview of every node and the visible area; a click there moves the view.
 * Nodes are drawn once in flow coordinates; panning and zooming only move the SVG's viewBox and
 * the view rectangle, so a pan step costs the same with 3 modules or 300.
 */
export function Minimap(props: MinimapProps): JSX.Element {
  const nodeBounds = createMemo(() => {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const n of props.nodes) {
      x1 = Math.min(x1, n.x);
      y1 = Math.min(y1, n.y);
      x2 = Math.max(x2, n.x + NODE_SIZE);
      y2 = Math.max(y2, n.y + NODE_SIZE);
    }
    // At least 3 px on screen however far apart the nodes are (from the nodes alone, not the
    // view, so that panning never redraws them).
    const fit = Math.min(W / (x2 - x1), H / (y2 - y1));
    return { x1, y1, x2, y2, size: Math.max(NODE_SIZE, 3 / fit) };
  });
  const frame = createMemo(() => {
    const v = props.viewport();
    const { width, height } = props.paneSize();
    const view = { x: -v.x / v.zoom, y: -v.y / v.zoom, w: width / v.zoom, h: height / v.zoom };
    const b = nodeBounds();
    const x1 = Math.min(b.x1, view.x);
    const y1 = Math.min(b.y1, view.y);
    const w = Math.max(b.x2, view.x + view.w) - x1;
    const h = Math.max(b.y2, view.y + view.h) - y1;
    // The viewBox is centred with preserveAspectRatio="xMidYMid meet": the same mapping back.
    const scale = Math.min(W / w, H / h);
    return { view, x1, y1, w, h, scale, dx: (W - w * scale) / 2, dy: (H - h * scale) / 2 };
  });
  return (
    <svg
      class="minimap nopan"
      width={W}
      height={H}
      viewBox={`${frame().x1} ${frame().y1} ${frame().w} ${frame().h}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label="Minimap"
      onClick={(e) => {
        const f = frame();
        const r = e.currentTarget.getBoundingClientRect();
        props.onCenter(
          f.x1 + (e.clientX - r.left - f.dx) / f.scale,
          f.y1 + (e.clientY - r.top - f.dy) / f.scale,
        );
      }}
    >
      <For each={props.nodes}>
        {(n) => (
          <rect
            class="minimap-node"
            x={n.x}
            y={n.y}
            width={nodeBounds().size}
            height={nodeBounds().size}
            rx={nodeBounds().size / 6}
            style={{ fill: n.color }}
          />
        )}
      </For>
      <rect
        class="minimap-view"
        vector-effect="non-scaling-stroke"
        x={frame().view.x}
        y={frame().view.y}
        width={frame().view.w}
        height={frame().view.h}
      />
    </svg>
  );
}
