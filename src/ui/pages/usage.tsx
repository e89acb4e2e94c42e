import { For, Show, createSignal, onCleanup, type JSX } from 'solid-js';
import {
  periodKeys,
  usageRepo,
  type BudgetSetting,
  type ScenarioRecord,
  type UsageRecord,
} from '../../storage';
import { Page } from '../components/page';
import { formatBytes } from '../format';
import { createLiveQuery } from '../live';
import { useServices } from '../services';

const MB = 1_000_000;

/**
 * Usage: operations and data transfer this month (from the usage counters, in the user's time
 * zone), per scenario, and the optional monthly budget that pauses scheduled scenarios when
 * reached (webhooks keep queueing meanwhile).
 */
export function UsagePage(): JSX.Element {
  const { db, settings, runtime } = useServices();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const month = periodKeys(new Date(), zone).month;
  const usage = usageRepo(db);
  const total = createLiveQuery(() => usage.get(month), undefined as UsageRecord | undefined);
  const rows = createLiveQuery(() => usage.ofPeriod(month), [] as UsageRecord[]);
  const names = createLiveQuery(
    async () => new Map((await db.scenarios.toArray()).map((s: ScenarioRecord) => [s.id, s.name])),
    new Map<string, string>(),
  );
  const budget = createLiveQuery(
    () => settings.get<BudgetSetting | null>('budget', null),
    null as BudgetSetting | null,
  );
  const [status, setStatus] = createSignal(runtime.state().budget);
  onCleanup(runtime.subscribe((s) => setStatus(s.budget)));

  return (
    <Page
      title="Usage"
      description="What your scenarios used this month. Nothing is billed: it runs on your machine."
    >
      <Show when={status()?.reached}>
        <div class="banner" role="alert">
          <span>{status()?.reason}</span>
        </div>
      </Show>
      <div class="stats">
        <div class="stat">
          <span class="muted">Operations</span>
          <strong data-testid="usage-operations">
            {(total()?.operations ?? 0).toLocaleString()}
          </strong>
        </div>
        <div class="stat">
          <span class="muted">Data transfer</span>
          <strong data-testid="usage-data-transfer">
            {formatBytes(total()?.dataTransfer ?? 0)}
          </strong>
        </div>
        <div class="stat">
          <span class="muted">Scenarios that ran</span>
          <strong>{rows().length}</strong>
        </div>
      </div>
      <Show when={rows().length > 0}>
        <table class="table">
          <thead>
            <tr>
              <th>Scenario</th>
              <th class="num">Operations</th>
              <th class="num">Data transfer</th>
            </tr>
          </thead>
          <tbody>
            <For each={[...rows()].sort((a, b) => b.operations - a.operations)}>
              {(r) => (
                <tr>
                  <td>{names().get(r.scenarioId) ?? 'Deleted scenario'}</td>
                  <td class="num">{r.operations.toLocaleString()}</td>
                  <td class="num">{formatBytes(r.dataTransfer)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <BudgetForm budget={budget()} onSave={(b) => settings.set('budget', b)} />
    </Page>
  );
}

function BudgetForm(props: {
  budget: BudgetSetting | null;
  onSave: (b: BudgetSetting | null) => Promise<unknown>;
}): JSX.Element {
  const [error, setError] = createSignal('');
  const [saved, setSaved] = createSignal(false);
  let ops!: HTMLInputElement;
  let mb!: HTMLInputElement;
  const parse = (text: string, what: string): number | null => {
    const t = text.trim();
    if (t === '') return null;
    const n = Number(t);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${what} must be a number of 0 or more.`);
    return n;
  };
  const save = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    try {
      const operations = parse(ops.value, 'Operations per month');
      const megabytes = parse(mb.value, 'Data transfer per month');
      const b =
        operations === null && megabytes === null
          ? null
          : {
              operations: operations === null ? null : Math.floor(operations),
              dataTransfer: megabytes === null ? null : Math.round(megabytes * MB),
            };
      await props.onSave(b);
      setError('');
      setSaved(true);
    } catch (x) {
      setError(x instanceof Error ? x.message : String(x));
    }
  };
  return (
    <form class="panel" onSubmit={(e) => void save(e)}>
      <h2>Monthly budget</h2>
      <p class="muted">
        Like a plan's allowance: when this month reaches it, scheduled scenarios pause until the
        next month or a higher budget. Leave both empty for no budget.
      </p>
      <div class="row">
        <div class="field">
          <label for="budget-ops">Operations per month</label>
          <input
            id="budget-ops"
            class="input"
            inputmode="numeric"
            ref={ops}
            value={props.budget?.operations ?? ''}
          />
        </div>
        <div class="field">
          <label for="budget-mb">Data transfer per month (MB)</label>
          <input
            id="budget-mb"
            class="input"
            inputmode="decimal"
            ref={mb}
            value={props.budget?.dataTransfer == null ? '' : props.budget.dataTransfer / MB}
          />
        </div>
      </div>
      <button class="btn btn-primary" type="submit">
        Save budget
      </button>
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={saved() && !error()}>
        <p role="status">Budget saved.</p>
      </Show>
    </form>
  );
}
