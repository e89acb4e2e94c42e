import { For, Show, type JSX } from 'solid-js';
import { retryManually, resolveManually } from '../../runtime';
import { incompleteRepo, type IncompleteExecutionRecord } from '../../storage';
import { formatTime } from '../format';
import { createLiveQuery } from '../live';
import { useServices } from '../services';

/**
 * Incomplete executions (Make's DLQ): runs stopped by a Break or an unhandled error with "store
 * incomplete executions" on, waiting for an automatic retry or for the user. "Retry now" makes one
 * due at once (the leader tab runs it); "Resolve" closes it without running it again.
 */
export function IncompletePanel(): JSX.Element {
  const { db } = useServices();
  const repo = incompleteRepo(db);
  const open = createLiveQuery(
    async () => [...(await repo.byState('pending')), ...(await repo.byState('unresolved'))],
    [] as IncompleteExecutionRecord[],
  );
  const names = createLiveQuery(
    async () => new Map((await db.scenarios.toArray()).map((s) => [s.id, s.name])),
    new Map<string, string>(),
  );
  return (
    <Show when={open().length > 0}>
      <section class="panel" aria-labelledby="incomplete-title">
        <h2 id="incomplete-title">Incomplete executions</h2>
        <table class="table">
          <thead>
            <tr>
              <th>Scenario</th>
              <th>Stopped by</th>
              <th class="num">Retries</th>
              <th>Next retry</th>
              <th class="num">Actions</th>
            </tr>
          </thead>
          <tbody>
            <For each={open()}>
              {(r) => (
                <tr>
                  <td>{names().get(r.scenarioId) ?? 'Deleted scenario'}</td>
                  <td>
                    <span class="badge badge-warning">{r.reason.type}</span> {r.reason.message}
                  </td>
                  <td class="num">{r.attempts}</td>
                  <td class="muted">
                    {r.state === 'unresolved'
                      ? 'No more automatic retries'
                      : r.nextRetryAt
                        ? formatTime(r.nextRetryAt)
                        : '—'}
                  </td>
                  <td class="num">
                    <button
                      class="btn btn-ghost"
                      onClick={() => void repo.update(r.id, (x) => retryManually(x, new Date()))}
                    >
                      Retry now
                    </button>
                    <button
                      class="btn btn-ghost"
                      onClick={() => void repo.update(r.id, resolveManually)}
                    >
                      Resolve
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </Show>
  );
}
