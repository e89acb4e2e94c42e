import { For, Show, createSignal, type JSX } from 'solid-js';

export interface BindingOption {
  id: string;
  label: string;
}

export interface BindingPickerProps {
  /** The select's id (the field's label points at it). */
  id: string;
  /** What is picked, in words: "webhook", "data store". */
  noun: string;
  options: readonly BindingOption[];
  /** The bound local id; shown even when it is not among the options. */
  value: string | undefined;
  onPick: (id: string | null) => void;
  /** Creates one; resolves to its id, or to an error message. */
  onCreate: (name: string) => Promise<{ id: string } | { error: string }>;
  /** Below the picker: what the bound object is (a hook's URL), or why the list is empty. */
  hint?: JSX.Element;
}

/**
 * Picks a local object a module parameter is bound to (a relay hook, a data store), with an "Add"
 * that creates one in place and binds it.
 */
export function BindingPicker(props: BindingPickerProps): JSX.Element {
  const [adding, setAdding] = createSignal(false);
  const [name, setName] = createSignal('');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const unknown = () =>
    props.value !== undefined && !props.options.some((o) => o.id === props.value);
  const create = async () => {
    setBusy(true);
    const r = await props.onCreate(
      name().trim() || props.noun[0]!.toUpperCase() + props.noun.slice(1),
    );
    setBusy(false);
    if ('error' in r) return setError(r.error);
    setError('');
    setAdding(false);
    setName('');
    props.onPick(r.id);
  };
  return (
    <div class="binding-field">
      <div class="connection-field">
        <select
          id={props.id}
          class="input"
          onChange={(e) => props.onPick(e.currentTarget.value || null)}
        >
          <option value="" selected={props.value === undefined}>
            Choose a {props.noun}…
          </option>
          <Show when={unknown()}>
            <option value={props.value} selected>
              {props.value} (not found here)
            </option>
          </Show>
          {/* `selected` per option: the list may arrive after the value (a hook just created). */}
          <For each={props.options}>
            {(o) => (
              <option value={o.id} selected={o.id === props.value}>
                {o.label}
              </option>
            )}
          </For>
        </select>
        <button
          type="button"
          class="btn"
          aria-label={`Add ${props.noun}`}
          aria-expanded={adding()}
          onClick={() => setAdding((a) => !a)}
        >
          Add
        </button>
      </div>
      <Show when={adding()}>
        <div class="binding-add">
          <input
            class="input"
            aria-label={`New ${props.noun} name`}
            placeholder={`Name of the new ${props.noun}`}
            value={name()}
            onInput={(e) => setName(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void create();
              }
            }}
          />
          <button
            type="button"
            class="btn btn-primary"
            disabled={busy()}
            onClick={() => void create()}
          >
            Create {props.noun}
          </button>
        </div>
      </Show>
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={props.hint}>
        <p class="help">{props.hint}</p>
      </Show>
    </div>
  );
}
