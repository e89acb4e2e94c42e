import { useNavigate } from '@solidjs/router';
import { For, Show, createSignal, type JSX } from 'solid-js';
import type { StoredScenario } from '../../storage';
import { EmptyState, Page } from '../components/page';
import { Icon } from '../icons';
import { createLiveQuery } from '../live';
import { useServices } from '../services';
import { ScenarioRow } from './scenario-row';
import { scenarioSummaries, type ScenarioSummary } from './scenario-summaries';

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Scenarios: every stored scenario, last changed first, with its schedule, last run and this
 * month's operations; create, open, rename, duplicate, switch on/off, delete with undo.
 */
export function ScenariosPage(): JSX.Element {
  const { scenarios, db } = useServices();
  const navigate = useNavigate();
  const data = createLiveQuery(
    async () => {
      const list: StoredScenario[] = await scenarios.list();
      const ids = list.map((s) => s.id);
      return { list, summaries: await scenarioSummaries(db, ids, new Date(), timeZone()) };
    },
    { list: [] as StoredScenario[], summaries: new Map<string, ScenarioSummary>() },
  );
  const list = () => data().list;
  const [query, setQuery] = createSignal('');
  const [editing, setEditing] = createSignal<string | null>(null);
  const [deleted, setDeleted] = createSignal<StoredScenario>();
  const shown = () => {
    const q = query().trim().toLowerCase();
    return q === '' ? list() : list().filter((s) => s.name.toLowerCase().includes(q));
  };
  // Not "New scenario …": no control's name may contain the button's (CONTRACTS.md §6).
  const create = async () => {
    const s = await scenarios.create(`Untitled scenario ${list().length + 1}`);
    navigate(`/scenarios/${s.id}`);
  };
  const duplicate = async (s: StoredScenario) => {
    const name = `${s.name} (copy)`;
    const copy = await scenarios.create(name);
    const blueprint = structuredClone(s.blueprint) as Record<string, unknown>;
    await scenarios.saveBlueprint(copy.id, { ...blueprint, name });
    if (s.schedule) await scenarios.setSchedule(copy.id, s.schedule, s.catchUp ?? false);
  };
  const remove = async (s: StoredScenario) => {
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
              <th>Schedule</th>
              <th>Last run</th>
              <th class="num">Operations this month</th>
              <th>Status</th>
              <th class="num">Actions</th>
            </tr>
          </thead>
          <tbody>
            <For each={shown()}>
              {(s) => (
                <ScenarioRow
                  scenario={s}
                  summary={data().summaries.get(s.id)}
                  editing={editing() === s.id}
                  setEditing={(on) => setEditing(on ? s.id : null)}
                  onToggle={(on) => void scenarios.setEnabled(s.id, on)}
                  onRename={(name) => scenarios.rename(s.id, name)}
                  onDuplicate={() => void duplicate(s)}
                  onDelete={() => void remove(s)}
                />
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </Page>
  );
}
