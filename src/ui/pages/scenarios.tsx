import { A, useNavigate } from '@solidjs/router';
import { For, Show, createSignal, type JSX } from 'solid-js';
import type { ScenarioRecord } from '../../storage';
import { EmptyState, Page } from '../components/page';
import { formatTime } from '../format';
import { Icon } from '../icons';
import { createLiveQuery } from '../live';
import { useServices } from '../services';

/** Scenarios: every stored scenario, newest first; create, switch on/off, delete with undo. */
export function ScenariosPage(): JSX.Element {
  const { scenarios } = useServices();
  const navigate = useNavigate();
  const list = createLiveQuery(() => scenarios.list(), [] as ScenarioRecord[]);
  const [query, setQuery] = createSignal('');
  const [deleted, setDeleted] = createSignal<ScenarioRecord>();
  const shown = () => {
    const q = query().trim().toLowerCase();
    return q === '' ? list() : list().filter((s) => s.name.toLowerCase().includes(q));
  };
  const create = async () => {
    const s = await scenarios.create(`New scenario ${list().length + 1}`);
    navigate(`/scenarios/${s.id}`);
  };
  const remove = async (s: ScenarioRecord) => {
    await scenarios.remove(s.id);
    setDeleted(s);
  };
  return (
    <Page
      title="Scenarios"
      description="Automations that run in this browser, on a schedule or when a webhook arrives."
      actions={
        <button class="btn btn-primary" onClick={() => void create()}>
          <Icon name="plus" size={18} />
          New scenario
        </button>
      }
    >
      <Show when={deleted()}>
        {(s) => (
          <div class="banner" role="status">
            <span>Deleted “{s().name}”.</span>
            <button
              class="btn btn-ghost"
              onClick={() => void scenarios.restore(s()).then(() => setDeleted())}
            >
              Undo
            </button>
          </div>
        )}
      </Show>
      <Show
        when={list().length > 0}
        fallback={
          <EmptyState title="No scenarios yet">
            Create one with “New scenario”. Scenarios and their history stay in this browser.
          </EmptyState>
        }
      >
        <div class="toolbar">
          <input
            type="search"
            class="input"
            placeholder="Search scenarios"
            aria-label="Search scenarios"
            value={query()}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        <table class="table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Status</th>
              <th>Last changed</th>
              <th class="num">Actions</th>
            </tr>
          </thead>
          <tbody>
            <For each={shown()}>
              {(s) => (
                <tr>
                  <td>
                    <A href={`/scenarios/${s.id}`}>{s.name}</A>
                  </td>
                  <td>
                    <label class="switch">
                      <input
                        type="checkbox"
                        role="switch"
                        checked={s.enabled}
                        aria-label={`Scenario ${s.name} on`}
                        onChange={(e) => void scenarios.setEnabled(s.id, e.currentTarget.checked)}
                      />
                      <span>{s.enabled ? 'On' : 'Off'}</span>
                    </label>
                  </td>
                  <td class="muted">{formatTime(s.updatedAt)}</td>
                  <td class="num">
                    <button
                      class="btn btn-icon"
                      aria-label={`Delete ${s.name}`}
                      onClick={() => void remove(s)}
                    >
                      <Icon name="trash" size={18} />
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </Page>
  );
}
