import { A, useSearchParams } from '@solidjs/router';
import { For, Show, createMemo, createSignal, type JSX } from 'solid-js';
import { executionsRepo, type ExecutionCursor, type ExecutionPage } from '../../storage';
import { IncompletePanel } from '../components/incomplete-panel';
import { EmptyState, Page } from '../components/page';
import { formatBytes, formatDuration, formatTime } from '../format';
import { createLiveQuery, createLiveQueryOn } from '../live';
import { useServices } from '../services';

const PAGE_SIZE = 50;
const TRIGGERS: Record<string, string> = {
  schedule: 'Schedule',
  'catch-up': 'Catch-up',
  manual: 'Run once',
  webhook: 'Webhook',
  retry: 'Retry',
  'single-module': 'One module',
  unknown: '—',
};

/**
 * History: every run, newest first, a page at a time (keyset pages of the executions repository,
 * so the 1,000th page costs what the first does); filter by scenario (`?scenario=<id>`).
 */
export function HistoryPage(): JSX.Element {
  const { db, scenarios } = useServices();
  const repo = executionsRepo(db);
  const [params, setParams] = useSearchParams<{ scenario?: string }>();
  const names = createLiveQuery(
    async () => new Map((await scenarios.list()).map((s) => [s.id, s.name])),
    new Map<string, string>(),
  );
  // The cursors of the pages before this one; empty on the first page.
  const [trail, setTrail] = createSignal<(ExecutionCursor | null)[]>([]);
  const [after, setAfter] = createSignal<ExecutionCursor | null>(null);
  const filter = () => params.scenario || undefined;
  const page = createLiveQueryOn(
    () => ({ scenarioId: filter(), after: after(), limit: PAGE_SIZE }),
    (q) => repo.page(q),
    { items: [], next: null } as ExecutionPage,
  );
  const pageNumber = createMemo(() => trail().length + 1);
  const setFilter = (id: string) => {
    setTrail([]);
    setAfter(null);
    setParams({ scenario: id || undefined });
  };
  const older = () => {
    const next = page().next;
    if (!next) return;
    setTrail((t) => [...t, after()]);
    setAfter(next);
  };
  const newer = () => {
    const t = trail();
    setAfter(t[t.length - 1] ?? null);
    setTrail(t.slice(0, -1));
  };
  return (
    <Page
      title="History"
      description="Every run of every scenario: status, operations, data transfer, duration."
    >
      <IncompletePanel />
      <div class="toolbar row">
        <label for="history-scenario" class="muted">
          Scenario
        </label>
        <select
          id="history-scenario"
          class="input"
          value={filter() ?? ''}
          onChange={(e) => setFilter(e.currentTarget.value)}
        >
          <option value="">All scenarios</option>
          <For each={[...names()]}>{([id, name]) => <option value={id}>{name}</option>}</For>
        </select>
      </div>
      <Show
        when={page().items.length > 0 || pageNumber() > 1}
        fallback={
          <EmptyState title="No runs yet">Runs appear here as soon as a scenario runs.</EmptyState>
        }
      >
        <table class="table" aria-label="Runs">
          <thead>
            <tr>
              <th>Started</th>
              <th>Scenario</th>
              <th>Status</th>
              <th>Trigger</th>
              <th class="num">Duration</th>
              <th class="num">Operations</th>
              <th class="num">Data transfer</th>
            </tr>
          </thead>
          <tbody>
            <For each={page().items}>
              {(r) => (
                <tr>
                  <td>
                    <A href={`/history/${r.id}`} aria-label={`Run of ${formatTime(r.startedAt)}`}>
                      {formatTime(r.startedAt)}
                    </A>
                  </td>
                  <td>{names().get(r.scenarioId) ?? 'Deleted scenario'}</td>
                  <td>
                    <span class={`badge badge-${r.status}`}>{r.status}</span>
                  </td>
                  <td>{TRIGGERS[r.triggerKind] ?? r.triggerKind}</td>
                  <td class="num">{formatDuration(r.durationMs)}</td>
                  <td class="num">{r.operations.toLocaleString()}</td>
                  <td class="num">{formatBytes(r.dataTransfer)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <nav class="pager" aria-label="Pages of runs">
          <button class="btn" disabled={pageNumber() === 1} onClick={newer}>
            Newer
          </button>
          <span class="muted">Page {pageNumber()}</span>
          <button class="btn" disabled={!page().next} onClick={older}>
            Older
          </button>
        </nav>
      </Show>
    </Page>
  );
}
