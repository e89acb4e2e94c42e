import { For, Show, type JSX } from 'solid-js';
import { BundleTree } from './bundle-tree';
import type { ModuleResult } from './run-controller';

/** Every operation of one module in a run: input and output bundles, and errors. */
export function Inspector(props: {
  title: string;
  result: ModuleResult | undefined;
  onClose: () => void;
}): JSX.Element {
  const none = () =>
    !props.result || (props.result.input.length === 0 && props.result.output.length === 0);
  return (
    <aside class="side-panel inspector" aria-label={`Run of ${props.title}`}>
      <header class="side-head">
        <div>
          <h2>{props.title}</h2>
          <p class="muted">{props.result?.operations ?? 0} operations</p>
        </div>
        <button
          type="button"
          class="btn btn-icon"
          aria-label="Close inspector"
          onClick={() => props.onClose()}
        >
          ✕
        </button>
      </header>
      <div class="side-body">
        <For each={props.result?.errors ?? []}>
          {(e) => (
            <div class="run-error" role="alert">
              <strong>{e.type}</strong>
              <span>{e.message}</span>
            </div>
          )}
        </For>
        <Show
          when={!none()}
          fallback={<p class="muted">No bundles were logged for this module.</p>}
        >
          <section class="operation">
            <h3>Input</h3>
            <For each={props.result?.input ?? []}>
              {(b, i) => <BundleTree name={`Bundle ${i() + 1}`} value={b} open={i() === 0} />}
            </For>
          </section>
          <section class="operation">
            <h3>Output</h3>
            <For each={props.result?.output ?? []}>
              {(b, i) => <BundleTree name={`Bundle ${i() + 1}`} value={b} open={i() === 0} />}
            </For>
          </section>
        </Show>
      </div>
    </aside>
  );
}
