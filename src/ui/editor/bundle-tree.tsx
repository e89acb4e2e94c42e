import { For, Match, Show, Switch, type JSX } from 'solid-js';
import { formatBytes } from '../format';

const isBinary = (v: unknown): v is Uint8Array | ArrayBuffer =>
  v instanceof Uint8Array || v instanceof ArrayBuffer;
const isJsonBinary = (v: unknown): v is { $binary: string; size: number; fileName?: string } =>
  typeof v === 'object' && v !== null && '$binary' in v;

/** Binary as its size and a download link (bytes, or the JSON form of CONTRACTS.md §1). */
function BinaryValue(props: {
  value: Uint8Array | ArrayBuffer | { $binary: string; size: number; fileName?: string };
}) {
  const url = () => {
    const v = props.value;
    const bytes = isJsonBinary(v)
      ? Uint8Array.from(atob(v.$binary), (c) => c.charCodeAt(0))
      : v instanceof ArrayBuffer
        ? new Uint8Array(v)
        : v;
    return URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  };
  const size = () => (isJsonBinary(props.value) ? props.value.size : props.value.byteLength);
  return (
    <span class="tree-binary">
      Binary, {formatBytes(size())}{' '}
      <a href={url()} download={(isJsonBinary(props.value) && props.value.fileName) || 'data.bin'}>
        Download
      </a>
    </span>
  );
}

/** A value as a collapsible tree: collections and arrays open and close, leaves show typed. */
export function BundleTree(props: { name: string; value: unknown; open?: boolean }): JSX.Element {
  const v = () => props.value;
  const isTree = () =>
    typeof v() === 'object' &&
    v() !== null &&
    !isBinary(v()) &&
    !isJsonBinary(v()) &&
    !(v() instanceof Date);
  const entries = () =>
    Array.isArray(v())
      ? (v() as unknown[]).map((x, i) => [String(i + 1), x] as const)
      : Object.entries(v() as Record<string, unknown>);
  return (
    <Show
      when={isTree()}
      fallback={
        <div class="tree-leaf">
          <span class="tree-key">{props.name}</span>
          <Show when={isBinary(v()) || isJsonBinary(v())} fallback={<Leaf value={v()} />}>
            <BinaryValue value={v() as Uint8Array} />
          </Show>
        </div>
      }
    >
      <details class="tree" open={props.open}>
        <summary>
          <span class="tree-key">{props.name}</span>{' '}
          <span class="muted">
            {Array.isArray(v()) ? `Array (${entries().length})` : 'Collection'}
          </span>
        </summary>
        <For each={entries()}>{([k, x]) => <BundleTree name={k} value={x} open={false} />}</For>
      </details>
    </Show>
  );
}

function Leaf(props: { value: unknown }) {
  const v = () => props.value;
  return (
    <Switch fallback={<span class={`tree-${typeof v()}`}>{String(v())}</span>}>
      <Match when={v() === undefined}>
        <span class="tree-empty">empty</span>
      </Match>
      <Match when={v() === null}>
        <span class="tree-empty">null</span>
      </Match>
      <Match when={v() instanceof Date}>
        <span class="tree-date">{(v() as Date).toISOString()}</span>
      </Match>
      <Match when={typeof v() === 'string'}>
        <span class="tree-string">{v() as string}</span>
      </Match>
    </Switch>
  );
}
