import { Show, createSignal, type JSX, For } from 'solid-js';

/** Import a Make blueprint: a file, or pasted JSON. The caller restores it and reports. */
export function ImportDialog(props: {
  onImport: (text: string) => void;
  onClose: () => void;
}): JSX.Element {
  const [text, setText] = createSignal('');
  const [error, setError] = createSignal('');
  return (
    <div class="modal-backdrop">
      <div
        class="modal"
        role="dialog"
        aria-modal="true"
        aria-label="Import a blueprint"
        onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
      >
        <h2>Import a blueprint</h2>
        <p class="muted">
          A Make blueprint (JSON) replaces this scenario’s modules; Undo brings them back.
        </p>
        <div class="form-field">
          <label for="import-file" class="field-label">
            Blueprint file
          </label>
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file)
                void file.text().then(props.onImport, (err: unknown) => setError(String(err)));
            }}
          />
        </div>
        <div class="form-field">
          <label for="import-text" class="field-label">
            Or paste the blueprint JSON
          </label>
          <textarea
            id="import-text"
            class="input mono"
            rows={8}
            value={text()}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <Show when={error()}>
          <p class="error" role="alert">
            {error()}
          </p>
        </Show>
        <div class="modal-foot">
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button
            type="button"
            class="btn btn-primary"
            disabled={text().trim() === ''}
            onClick={() => props.onImport(text())}
          >
            Import
          </button>
        </div>
      </div>
    </div>
  );
}

/** What an import found: modules Weft cannot run, and problems that stopped it. */
export function ImportReport(props: {
  unsupported: { id: number; module: string }[];
  problems: string[];
  onClose: () => void;
}): JSX.Element {
  return (
    <div class="banner import-report" role="status">
      <div>
        <Show when={props.problems.length > 0}>
          <strong>The blueprint could not be imported:</strong>
          <ul>
            <For each={props.problems}>{(p) => <li>{p}</li>}</For>
          </ul>
        </Show>
        <Show when={props.problems.length === 0}>
          <strong>
            Imported.{' '}
            {props.unsupported.length === 0
              ? 'Every module is supported.'
              : `${props.unsupported.length} unsupported module(s) kept as placeholders:`}
          </strong>
          <ul>
            <For each={props.unsupported}>
              {(u) => (
                <li>
                  {u.module} ({u.id})
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
      <button type="button" class="btn btn-ghost" onClick={() => props.onClose()}>
        Dismiss
      </button>
    </div>
  );
}
