import type { XYPosition } from '@xyflow/system';
import { Index, Show, createMemo, createSignal, onCleanup, onMount, type JSX } from 'solid-js';
import './canvas.css';
import { createBoxSelect, type Box } from './box-select';
import { Edges } from './canvas-edges';
import { NodeView } from './canvas-node';
import type { ConnectContext, PendingLink } from './connect';
import { buildLookup } from './geometry';
import { Minimap } from './minimap';
import type { DragContext } from './node-drag';
import { createPanZoom, type PanZoom } from './pan-zoom';
import { NODE_SIZE, type CanvasEdge, type CanvasNode, type Viewport } from './types';

/** What the editor can ask of the canvas. */
export interface CanvasApi {
  fit(): Promise<void>;
  zoomBy(factor: number): Promise<void>;
  panBy(dx: number, dy: number): Promise<boolean>;
  viewport(): Viewport;
  setViewport(v: Viewport): Promise<void>;
  /** The centre of the visible area, in flow coordinates (where new things go). */
  center(): XYPosition;
  /** Pans so that a flow point is visible, if it is not. */
  reveal(p: XYPosition): Promise<void>;
}

export interface CanvasProps {
  nodes: readonly CanvasNode[];
  edges: readonly CanvasEdge[];
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], mode: 'replace' | 'add' | 'toggle') => void;
  onMove: (positions: Map<string, XYPosition>) => void;
  onConnect: (source: string, target: string) => void;
  onOpen: (id: string) => void;
  onAddAfter: (id: string) => void;
  onEdgeOpen: (edge: CanvasEdge) => void;
  onBubble: (id: string) => void;
  onPaneClick: () => void;
  ref?: (api: CanvasApi) => void;
  /** A past run's canvas (History): no dragging, linking or "+"; panning, zoom, clicks stay. */
  readOnly?: boolean;
  /** Shown above the pane (the "Add module" button of an empty canvas). */
  overlay?: JSX.Element;
}

/**
 * The scenario canvas: @xyflow/system's pan/zoom, node drag and handle linking wrapped in Solid
 * (DESIGN.md §10 rule 1). Stateless about the scenario: it draws `nodes` and `edges` and reports
 * what the user does; positions being dragged are kept here until the drop.
 */
export function Canvas(props: CanvasProps): JSX.Element {
  let pane: HTMLDivElement | undefined;
  let panZoom: PanZoom | undefined;
  const [viewport, setViewport] = createSignal<Viewport>({ x: 0, y: 0, zoom: 1 });
  const [size, setSize] = createSignal({ width: 800, height: 600 });
  const [dragged, setDragged] = createSignal<Map<string, XYPosition>>(new Map());
  const [link, setLink] = createSignal<PendingLink | null>(null);
  const [box, setBox] = createSignal<Box | null>(null);

  const positions = createMemo(() => {
    const over = dragged();
    return new Map(props.nodes.map((n) => [n.id, over.get(n.id) ?? { x: n.x, y: n.y }]));
  });
  const names = createMemo(() => new Map(props.nodes.map((n) => [n.id, n.name])));
  const lookup = () => {
    const l = buildLookup(props.nodes, props.selected);
    for (const [id, p] of dragged()) {
      const n = l.get(id);
      if (n) {
        n.position = p;
        n.internals.positionAbsolute = p;
      }
    }
    return l;
  };
  const panBy = (dx: number, dy: number) => panZoom?.panBy(dx, dy) ?? Promise.resolve(false);
  const drag: DragContext = {
    pane: () => pane,
    lookup,
    viewport,
    panBy,
    press: (id) => {
      if (!props.selected.has(id)) props.onSelect([id], 'replace');
    },
    move: (moved, final) => {
      if (props.readOnly) return;
      if (!final) return setDragged(moved);
      setDragged(new Map());
      props.onMove(moved);
    },
  };
  const connect: ConnectContext = {
    pane: () => pane,
    lookup,
    viewport,
    panBy,
    show: setLink,
    connect: (s, t) => {
      if (!props.readOnly) props.onConnect(s, t);
    },
  };
  const api: CanvasApi = {
    fit: async () => panZoom?.fit(props.nodes, size().width, size().height),
    zoomBy: async (f) => panZoom?.zoomBy(f),
    panBy,
    viewport,
    setViewport: async (v) => panZoom?.setViewport(v),
    center: () => {
      const v = viewport();
      return {
        x: (size().width / 2 - v.x) / v.zoom - NODE_SIZE / 2,
        y: (size().height / 2 - v.y) / v.zoom - NODE_SIZE / 2,
      };
    },
    async reveal(p) {
      const v = viewport();
      const sx = p.x * v.zoom + v.x;
      const sy = p.y * v.zoom + v.y;
      const margin = NODE_SIZE * v.zoom;
      if (sx > 0 && sy > 0 && sx + margin < size().width && sy + margin < size().height) return;
      await panZoom?.setViewport({
        x: size().width / 2 - (p.x + NODE_SIZE / 2) * v.zoom,
        y: size().height / 2 - (p.y + NODE_SIZE / 2) * v.zoom,
        zoom: v.zoom,
      });
    },
  };

  onMount(() => {
    if (!pane) return;
    const el = pane;
    panZoom = createPanZoom(el, viewport(), setViewport);
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    const boxes = createBoxSelect(el, {
      start: () => panZoom?.update({ boxSelecting: true, connecting: false }),
      show: setBox,
      done: (b, additive) => {
        panZoom?.update({ boxSelecting: false, connecting: false });
        const v = viewport();
        const x1 = (b.x - v.x) / v.zoom;
        const y1 = (b.y - v.y) / v.zoom;
        const x2 = x1 + b.w / v.zoom;
        const y2 = y1 + b.h / v.zoom;
        const inside = props.nodes.filter(
          (n) => n.x + NODE_SIZE > x1 && n.x < x2 && n.y + NODE_SIZE > y1 && n.y < y2,
        );
        props.onSelect(
          inside.map((n) => n.id),
          additive ? 'add' : 'replace',
        );
      },
    });
    props.ref?.(api);
    onCleanup(() => {
      ro.disconnect();
      boxes.destroy();
      panZoom?.destroy();
    });
  });

  return (
    <div
      ref={pane}
      class="canvas weft-flow__pane"
      classList={{ 'canvas-readonly': props.readOnly === true }}
      role="application"
      aria-label="Scenario canvas"
      onClick={(e) => {
        if (e.target === pane || (e.target as Element).classList.contains('cviewport'))
          props.onPaneClick();
      }}
    >
      <div
        class="cviewport"
        style={{
          transform: `translate(${viewport().x}px, ${viewport().y}px) scale(${viewport().zoom})`,
        }}
      >
        <Edges edges={props.edges} positions={positions} names={names} onOpen={props.onEdgeOpen} />
        <Index each={props.nodes}>
          {(n) => (
            <NodeView
              node={n()}
              position={positions().get(n().id) ?? { x: n().x, y: n().y }}
              selected={props.selected.has(n().id)}
              drag={drag}
              connect={connect}
              onOpen={(id) => props.onOpen(id)}
              onAddAfter={(id) => props.onAddAfter(id)}
              onBubble={(id) => props.onBubble(id)}
            />
          )}
        </Index>
      </div>
      <Show when={link()}>
        {(l) => (
          <svg class="clink" aria-hidden="true">
            <path
              classList={{ invalid: l().valid === false }}
              d={`M${l().fromX},${l().fromY} C${l().fromX + 60},${l().fromY} ${l().toX - 60},${l().toY} ${l().toX},${l().toY}`}
            />
          </svg>
        )}
      </Show>
      <Show when={box()}>
        {(b) => (
          <div
            class="cbox"
            style={{
              left: `${b().x}px`,
              top: `${b().y}px`,
              width: `${b().w}px`,
              height: `${b().h}px`,
            }}
          />
        )}
      </Show>
      <Show when={props.nodes.length > 0}>
        <Minimap
          nodes={props.nodes}
          viewport={viewport}
          paneSize={size}
          onCenter={(x, y) => {
            const v = viewport();
            void panZoom?.setViewport({
              x: size().width / 2 - x * v.zoom,
              y: size().height / 2 - y * v.zoom,
              zoom: v.zoom,
            });
          }}
        />
      </Show>
      <div class="canvas-overlay">{props.overlay}</div>
    </div>
  );
}
