import { For, type JSX } from 'solid-js';
import type { UsageRecord } from '../../storage';
import { Page } from '../components/page';
import { formatBytes } from '../format';
import { createLiveQuery } from '../live';
import { useServices } from '../services';

/** Usage: operations and data transfer this month, in total and per scenario. */
export function UsagePage(): JSX.Element {
  const { db } = useServices();
  const month = `month:${new Date().toISOString().slice(0, 7)}`;
  const rows = createLiveQuery(
    () => db.usage.where('period').equals(month).toArray(),
    [] as UsageRecord[],
  );
  const total = (k: 'operations' | 'dataTransfer') => rows().reduce((sum, r) => sum + r[k], 0);
  return (
    <Page
      title="Usage"
      description="What your scenarios used this month. Nothing is billed: it runs on your machine."
    >
      <div class="stats">
        <div class="stat">
          <span class="muted">Operations</span>
          <strong data-testid="usage-operations">{total('operations').toLocaleString()}</strong>
        </div>
        <div class="stat">
          <span class="muted">Data transfer</span>
          <strong>{formatBytes(total('dataTransfer'))}</strong>
        </div>
        <div class="stat">
          <span class="muted">Scenarios that ran</span>
          <strong>{new Set(rows().map((r) => r.scenarioId)).size}</strong>
        </div>
      </div>
      <ul class="cards">
        <For each={rows()}>
          {(r) => (
            <li class="card">
              <strong class="mono">{r.scenarioId}</strong>
              <span class="muted">
                {r.operations} operations · {formatBytes(r.dataTransfer)}
              </span>
            </li>
          )}
        </For>
      </ul>
    </Page>
  );
}
