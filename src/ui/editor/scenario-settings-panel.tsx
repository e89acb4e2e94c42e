import { For, createSignal, type JSX } from 'solid-js';
import type { ScenarioSettings } from '../../domain';
import { useEditor } from './context';

const FLAGS: { key: keyof ScenarioSettings; label: string; help: string }[] = [
  {
    key: 'sequential',
    label: 'Sequential processing',
    help: 'Runs wait for the previous run to finish.',
  },
  {
    key: 'autoCommit',
    label: 'Auto commit',
    help: 'Data-store writes commit right after each operation.',
  },
  {
    key: 'autoCommitTriggerLast',
    label: 'Commit trigger last',
    help: 'The trigger commits after the other modules.',
  },
  {
    key: 'dlq',
    label: 'Allow storing of incomplete executions',
    help: 'A failing run is kept to be resumed.',
  },
  { key: 'confidential', label: 'Data is confidential', help: 'Run logs keep no bundles.' },
  {
    key: 'dataloss',
    label: 'Enable data loss',
    help: 'Drop bundles too large to store instead of stopping.',
  },
];

/** Scenario settings (`metadata.scenario`): cycles, errors, transactions, logging. */
export function ScenarioSettingsPanel(props: { onClose: () => void }): JSX.Element {
  const editor = useEditor();
  const [s, setS] = createSignal<ScenarioSettings>({ ...editor.doc().metadata.scenario });
  const save = () => {
    const next = s();
    editor.history.edit((d) => {
      d.metadata.scenario = { ...d.metadata.scenario, ...next };
    });
    props.onClose();
  };
  const num = (key: 'roundtrips' | 'maxErrors', label: string) => (
    <div class="form-field">
      <label for={`set-${key}`} class="field-label">
        {label}
      </label>
      <input
        id={`set-${key}`}
        class="input"
        type="number"
        min="1"
        value={s()[key]}
        onChange={(e) =>
          setS((cur) => ({ ...cur, [key]: Math.max(1, Number(e.currentTarget.value)) }))
        }
      />
    </div>
  );
  return (
    <aside class="side-panel" aria-label="Scenario settings">
      <header class="side-head">
        <h2>Scenario settings</h2>
        <button
          type="button"
          class="btn btn-icon"
          aria-label="Close scenario settings"
          onClick={() => props.onClose()}
        >
          ✕
        </button>
      </header>
      <div class="side-body">
        {num('roundtrips', 'Max number of cycles')}
        {num('maxErrors', 'Number of consecutive errors')}
        <For each={FLAGS}>
          {(f) => (
            <label class="check" title={f.help}>
              <input
                type="checkbox"
                checked={s()[f.key] === true}
                onChange={(e) => setS((cur) => ({ ...cur, [f.key]: e.currentTarget.checked }))}
              />
              {f.label}
            </label>
          )}
        </For>
      </div>
      <footer class="side-foot">
        <button type="button" class="btn" onClick={() => props.onClose()}>
          Cancel
        </button>
        <button type="button" class="btn btn-primary" onClick={() => save()}>
          OK
        </button>
      </footer>
    </aside>
  );
}
