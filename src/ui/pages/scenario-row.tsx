import { A } from '@solidjs/router';
import { Show, createSignal, type JSX } from 'solid-js';
import type { StoredScenario } from '../../storage';
import { formatTime } from '../format';
import { Icon } from '../icons';
import { describeSchedule } from '../schedule-text';
import type { ScenarioSummary } from './scenario-summaries';

export interface ScenarioRowProps {
  scenario: StoredScenario;
  summary: ScenarioSummary | undefined;
  /** Kept by the page, so a live refresh of the list does not end the rename. */
  editing: boolean;
  setEditing: (on: boolean) => void;
  onToggle: (on: boolean) => void;
  onRename: (name: string) => Promise<void>;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** One scenario in the list: name (renamed in place), schedule, last run, usage, on/off, actions. */
export function ScenarioRow(props: ScenarioRowProps): JSX.Element {
  const editing = () => props.editing;
  const setEditing = (on: boolean) => props.setEditing(on);
  const [error, setError] = createSignal('');
  const s = () => props.scenario;
  const commit = async (name: string) => {
    try {
      if (name.trim() !== s().name) await props.onRename(name);
      setEditing(false);
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <tr>
      <td>
        <Show when={editing()} fallback={<A href={`/scenarios/${s().id}`}>{s().name}</A>}>
          <input
            class="input input-inline"
            aria-label={`New name of ${s().name}`}
            aria-invalid={error() !== ''}
            value={s().name}
            ref={(el) => queueMicrotask(() => el.select())}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void commit(e.currentTarget.value);
              if (e.key === 'Escape') setEditing(false);
            }}
            onBlur={(e) => void commit(e.currentTarget.value)}
          />
          <Show when={error()}>
            <p class="error" role="alert">
              {error()}
            </p>
          </Show>
        </Show>
      </td>
      <td>{describeSchedule(s().schedule)}</td>
      <td>
        <Show when={props.summary?.lastRun} fallback={<span class="muted">Never run</span>}>
          {(r) => (
            <span class="last-run">
              <span class={`badge badge-${r().status}`}>{r().status}</span>
              <span class="muted">{formatTime(r().startedAt)}</span>
            </span>
          )}
        </Show>
      </td>
      <td class="num">{(props.summary?.monthOperations ?? 0).toLocaleString()}</td>
      <td>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={s().enabled}
            aria-label={`Scenario ${s().name} on`}
            onChange={(e) => props.onToggle(e.currentTarget.checked)}
          />
          <span>{s().enabled ? 'On' : 'Off'}</span>
        </label>
      </td>
      <td class="num row-actions">
        <button
          class="btn btn-icon"
          aria-label={`Rename ${s().name}`}
          title="Rename"
          onClick={() => setEditing(true)}
        >
          <Icon name="pencil" size={18} />
        </button>
        <button
          class="btn btn-icon"
          aria-label={`Duplicate ${s().name}`}
          title="Duplicate"
          onClick={() => props.onDuplicate()}
        >
          <Icon name="copy" size={18} />
        </button>
        <button
          class="btn btn-icon"
          aria-label={`Delete ${s().name}`}
          title="Delete"
          onClick={() => props.onDelete()}
        >
          <Icon name="trash" size={18} />
        </button>
      </td>
    </tr>
  );
}
