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

/** A small overview of every node and the visible area; a click there moves the view. */
export function Minimap(props: MinimapProps): JSX.Element {
  const frame = createMemo(() => {
    const v = props.viewport();
    const { width, height } = props.paneSize();
    const view = { x: -v.x / v.zoom, y: -v.y / v.zoom, w: width / v.zoom, h: height / v.zoom };
    let x1 = view.x;
    let y1 = view.y;
    let x2 = view.x + view.w;
    let y2 = view.y + view.h;
    for (const n of props.nodes) {
      x1 = Math.min(x1, n.x);
      y1 = Math.min(y1, n.y);
      x2 = Math.max(x2, n.x + NODE_SIZE);
      y2 = Math.max(y2, n.y + NODE_SIZE);
    }
    const scale = Math.min(W / (x2 - x1), H / (y2 - y1));
    return { view, x1, y1, scale };
  });
  return (
    <svg
      class="minimap nopan"
      width={W}
      height={H}
      role="img"
      aria-label="Minimap"
      onClick={(e) => {
        const f = frame();
        const r = e.currentTarget.getBoundingClientRect();
        props.onCenter(f.x1 + (e.clientX - r.left) / f.scale, f.y1 + (e.clientY - r.top) / f.scale);
      }}
    >
      <For each={props.nodes}>
        {(n) => (
          <rect
            class="minimap-node"
            x={(n.x - frame().x1) * frame().scale}
            y={(n.y - frame().y1) * frame().scale}
            width={Math.max(3, NODE_SIZE * frame().scale)}
            height={Math.max(3, NODE_SIZE * frame().scale)}
            rx="2"
            style={{ fill: n.color }}
          />
        )}
      </For>
      <rect
        class="minimap-view"
        x={(frame().view.x - frame().x1) * frame().scale}
        y={(frame().view.y - frame().y1) * frame().scale}
        width={frame().view.w * frame().scale}
        height={frame().view.h * frame().scale}
      />
    </svg>
  );
}
