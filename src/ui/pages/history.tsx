import { For, Show, type JSX } from 'solid-js';
import type { ExecutionRecord } from '../../storage';
import { EmptyState, Page } from '../components/page';
import { formatBytes, formatTime } from '../format';
import { createLiveQuery } from '../live';
import { useServices } from '../services';

/** History: every execution, newest first, with its operations and data transfer. */
export function HistoryPage(): JSX.Element {
  const { db } = useServices();
  const runs = createLiveQuery(
    () => db.executions.orderBy('startedAt').reverse().limit(200).toArray(),
    [] as ExecutionRecord[],
  );
  return (
    <Page
      title="History"
      description="Every run of every scenario: status, operations, data transfer."
    >
      <Show
        when={runs().length > 0}
        fallback={
          <EmptyState title="No runs yet">Runs appear here as soon as a scenario runs.</EmptyState>
        }
      >
        <table class="table">
          <thead>
            <tr>
              <th>Started</th>
              <th>Status</th>
              <th class="num">Duration</th>
              <th class="num">Operations</th>
              <th class="num">Data transfer</th>
            </tr>
          </thead>
          <tbody>
            <For each={runs()}>
              {(r) => (
                <tr>
                  <td>{formatTime(r.startedAt)}</td>
                  <td>
                    <span class={`badge badge-${r.status}`}>{r.status}</span>
                  </td>
                  <td class="num">{(r.durationMs / 1000).toFixed(1)} s</td>
                  <td class="num">{r.operations}</td>
                  <td class="num">{formatBytes(r.dataTransfer)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </Page>
  );
}
