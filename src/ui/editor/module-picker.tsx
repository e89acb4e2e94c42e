import { For, Show, createMemo, createSignal, onMount, type JSX } from 'solid-js';
import { pickerEntries, type ModuleInfo } from './module-info';

export interface ModulePickerProps {
  title: string;
  onPick: (type: string) => void;
  onClose: () => void;
}

/** Matches by app, module name and description; every word of the query must match somewhere. */
function matches(entry: ModuleInfo, query: string): boolean {
  const text =
    `${entry.app} ${entry.label} ${entry.spec?.description ?? ''} ${entry.type}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => text.includes(w));
}

/** The searchable module picker: a dialog with a search box and a listbox, keyboard-driven. */
export function ModulePicker(props: ModulePickerProps): JSX.Element {
  const [query, setQuery] = createSignal('');
  const [active, setActive] = createSignal(0);
  const all = pickerEntries();
  const shown = createMemo(() => all.filter((e) => matches(e, query())));
  let search: HTMLInputElement | undefined;
  onMount(() => search?.focus());
  const pick = (e: ModuleInfo | undefined) => e && props.onPick(e.type);
  const onKey = (e: KeyboardEvent) => {
    const n = shown().length;
    if (e.key === 'ArrowDown') setActive((i) => Math.min(n - 1, i + 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (e.key === 'Enter') pick(shown()[active()]);
    else if (e.key === 'Escape') props.onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
    document.getElementById(`pick-${active()}`)?.scrollIntoView({ block: 'nearest' });
  };
  return (
    <div class="modal-backdrop" onClick={(e) => e.target === e.currentTarget && props.onClose()}>
      <div class="modal picker" role="dialog" aria-modal="true" aria-label={props.title}>
        <h2>{props.title}</h2>
        <input
          ref={search}
          type="search"
          class="input picker-search"
          placeholder="Search apps and modules"
          aria-label="Search apps and modules"
          aria-controls="picker-list"
          aria-activedescendant={shown().length ? `pick-${active()}` : undefined}
          value={query()}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKey}
        />
        <ul id="picker-list" class="picker-list" role="listbox" aria-label="Modules">
          <For each={shown()}>
            {(entry, i) => (
              <li
                id={`pick-${i()}`}
                role="option"
                aria-selected={i() === active()}
                aria-label={entry.label}
                class="picker-option"
                onMouseEnter={() => setActive(i())}
                onClick={() => pick(entry)}
              >
                <span class="picker-glyph" style={{ background: entry.color }} aria-hidden="true">
                  {entry.glyph}
                </span>
                <span class="picker-text">
                  <strong>{entry.label}</strong>
                  <span class="muted">
                    {entry.app} · {entry.spec?.description}
                  </span>
                </span>
              </li>
            )}
          </For>
        </ul>
        <Show when={shown().length === 0}>
          <p class="muted">No module matches “{query()}”.</p>
        </Show>
        <div class="modal-foot">
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
