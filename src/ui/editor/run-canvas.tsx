import { Show, createMemo, createSignal, onMount, type JSX } from 'solid-js';
import type { Blueprint } from '../../domain';
import './editor.css';
import { Canvas, type CanvasApi } from '../canvas';
import { Inspector } from './inspector';
import { locate } from './locate';
import { lightsOf, type RunSummary } from './run-summary';
import { nodeName, toCanvas } from './to-canvas';

/**
 * A past run on the canvas, read-only: the blueprint as that run used it, each module's bubble,
 * and the inspector for the module whose bubble (or node) is clicked.
 */
export function RunCanvas(props: { blueprint: Blueprint; run: RunSummary }): JSX.Element {
  let canvas: CanvasApi | undefined;
  const [open, setOpen] = createSignal<string | null>(null);
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set());
  const view = createMemo(() => toCanvas(props.blueprint, lightsOf(props.run)));
  const title = (id: string) => {
    const n = locate(props.blueprint, Number(id))?.node;
    return n ? nodeName(n.module, n.id) : id;
  };
  const show = (id: string) => {
    setSelected(new Set([id]));
    setOpen(id);
  };
  onMount(() => requestAnimationFrame(() => void canvas?.fit()));
  return (
    <div class="editor run-canvas">
      <div class="editor-stage">
        <Canvas
          nodes={view().nodes}
          edges={view().edges}
          selected={selected()}
          readOnly
          ref={(api) => (canvas = api)}
          onSelect={(ids) => setSelected(new Set(ids))}
          onMove={() => undefined}
          onConnect={() => undefined}
          onOpen={show}
          onAddAfter={() => undefined}
          onEdgeOpen={() => undefined}
          onBubble={show}
          onPaneClick={() => setSelected(new Set<string>())}
        />
        <Show when={open()}>
          {(id) => (
            <Inspector
              title={title(id())}
              result={props.run.modules[id()]}
              onClose={() => setOpen(null)}
            />
          )}
        </Show>
      </div>
    </div>
  );
}
