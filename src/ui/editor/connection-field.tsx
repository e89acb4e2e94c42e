import { For, Show, createSignal, type JSX } from 'solid-js';
import type { ConnectionRecord } from '../../storage';
import { createLiveQuery } from '../live';
import { ConnectionDialog } from './connection-dialog';
import { useRepos } from './repos';

/** Picks a stored connection; "Add" creates one in a dialog without leaving the editor. */
export function ConnectionField(props: {
  id: string;
  value: string;
  onChange: (id: string | undefined) => void;
}): JSX.Element {
  const repos = useRepos();
  const list = createLiveQuery(() => repos.connections.list(), [] as ConnectionRecord[]);
  const [adding, setAdding] = createSignal(false);
  return (
    <div class="connection-field">
      <select
        id={props.id}
        class="input"
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value || undefined)}
      >
        <option value="">Choose a connection…</option>
        <For each={list()}>{(c) => <option value={c.id}>{c.name}</option>}</For>
      </select>
      <button type="button" class="btn" onClick={() => setAdding(true)}>
        Add
      </button>
      <Show when={adding()}>
        <ConnectionDialog
          onClose={() => setAdding(false)}
          onCreated={(id) => {
            setAdding(false);
            props.onChange(id);
          }}
        />
      </Show>
    </div>
  );
}
