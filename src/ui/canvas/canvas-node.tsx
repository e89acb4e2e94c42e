import { Show, createEffect, onCleanup, type JSX } from 'solid-js';
import { startLink, type ConnectContext } from './connect';
import { createNodeDrag, type DragContext } from './node-drag';
import type { CanvasNode } from './types';

export interface NodeViewProps {
  node: CanvasNode;
  selected: boolean;
  drag: DragContext;
  connect: ConnectContext;
  onOpen: (id: string, e: MouseEvent) => void;
  onAddAfter: (id: string) => void;
  onBubble: (id: string) => void;
  position: { x: number; y: number };
}

/** One module on the canvas: a round button with the app's glyph, its handles, "+" and bubble. */
export function NodeView(props: NodeViewProps): JSX.Element {
  let wrap: HTMLDivElement | undefined;
  // Nodes are rendered by index, so the id shown here can change: the drag follows it.
  createEffect(() => {
    const id = props.node.id;
    if (!wrap) return;
    const drag = createNodeDrag(wrap, id, props.drag);
    onCleanup(() => drag.destroy());
  });
  const cls = () =>
    [
      'cnode',
      `cnode-${props.node.shape}`,
      props.selected ? 'selected' : '',
      props.node.unsupported ? 'unsupported' : '',
      props.node.state ? `is-${props.node.state}` : '',
    ].join(' ');
  return (
    <div
      ref={wrap}
      class={cls()}
      data-id={props.node.id}
      style={{ transform: `translate(${props.position.x}px, ${props.position.y}px)` }}
    >
      <div
        class="weft-flow__handle target connectable connectableend nodrag"
        data-nodeid={props.node.id}
        data-id={`null-${props.node.id}-null-target`}
      />
      <button
        type="button"
        class="cnode-body"
        aria-label={props.node.name}
        aria-pressed={props.selected}
        title={
          props.node.unsupported ? `${props.node.name}: not supported by Weft` : props.node.name
        }
        onClick={(e) => props.onOpen(props.node.id, e)}
      >
        <span class="cnode-circle" style={{ '--app': props.node.color }}>
          {props.node.glyph}
        </span>
        <span class="cnode-label">{props.node.label}</span>
        <span class="cnode-app">
          {props.node.unsupported ? 'Unsupported' : props.node.app} · {props.node.id}
        </span>
      </button>
      <div
        class="weft-flow__handle source connectable connectableend nodrag"
        data-nodeid={props.node.id}
        data-id={`null-${props.node.id}-null-source`}
        onMouseDown={(e) => {
          e.stopPropagation();
          startLink(e, props.node.id, e.currentTarget, props.connect);
        }}
      />
      <button
        type="button"
        class="cnode-add nodrag"
        aria-label={`Add a module after ${props.node.name}`}
        title="Add a module after this one"
        onClick={() => props.onAddAfter(props.node.id)}
      >
        +
      </button>
      <Show when={props.node.operations !== undefined}>
        <button
          type="button"
          class="cnode-bubble nodrag"
          classList={{ bad: props.node.state === 'error' }}
          aria-label={`${props.node.operations} operations`}
          onClick={() => props.onBubble(props.node.id)}
        >
          {props.node.operations}
        </button>
      </Show>
      <Show when={props.node.note}>
        <span class="cnode-note" title={props.node.note}>
          ✎
        </span>
      </Show>
    </div>
  );
}
