import { For, Show, type JSX } from 'solid-js';
import type { ConnectionRecord, DataStoreRecord } from '../../storage';
import { EmptyState, Page } from '../components/page';
import { formatTime } from '../format';
import { createLiveQuery } from '../live';
import { useServices } from '../services';

/** Connections: stored credentials for services (their secrets never leave this browser). */
export function ConnectionsPage(): JSX.Element {
  const { db } = useServices();
  const list = createLiveQuery(
    () => db.connections.orderBy('name').toArray(),
    [] as ConnectionRecord[],
  );
  return (
    <Page
      title="Connections"
      description="Credentials for the services your scenarios talk to, encrypted in this browser."
    >
      <Show
        when={list().length > 0}
        fallback={
          <EmptyState title="No connections yet">
            Modules that need one let you add it from their settings.
          </EmptyState>
        }
      >
        <ul class="cards">
          <For each={list()}>
            {(c) => (
              <li class="card">
                <strong>{c.name}</strong>
                <span class="muted">
                  {c.type} · added {formatTime(c.createdAt)}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Page>
  );
}

/** Data stores: the user's tables of `{key, data}` records. */
export function DataStoresPage(): JSX.Element {
  const { db } = useServices();
  const list = createLiveQuery(
    () => db.dataStores.orderBy('name').toArray(),
    [] as DataStoreRecord[],
  );
  return (
    <Page
      title="Data stores"
      description="Tables of records your scenarios read and write, kept in this browser."
    >
      <Show
        when={list().length > 0}
        fallback={
          <EmptyState title="No data stores yet">
            Data store modules create and use them.
          </EmptyState>
        }
      >
        <ul class="cards">
          <For each={list()}>
            {(d) => (
              <li class="card">
                <strong>{d.name}</strong>
                <span class="muted">created {formatTime(d.createdAt)}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Page>
  );
}
