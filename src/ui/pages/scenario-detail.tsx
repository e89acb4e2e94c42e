import { A, useParams } from '@solidjs/router';
import { Show, createSignal, type JSX } from 'solid-js';
import { EmptyState, Page } from '../components/page';
import { createLiveQuery } from '../live';
import { useServices } from '../services';

/** One scenario: its name (renamed in place) and its modules. The canvas editor replaces the body. */
export function ScenarioDetailPage(): JSX.Element {
  const params = useParams<{ id: string }>();
  const { scenarios } = useServices();
  const scenario = createLiveQuery(() => scenarios.get(params.id), undefined);
  const [error, setError] = createSignal('');
  const rename = async (name: string) => {
    const s = scenario();
    if (!s || name === s.name) return;
    try {
      await scenarios.rename(s.id, name);
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const moduleCount = () => {
    const flow = (scenario()?.blueprint as { flow?: unknown[] } | undefined)?.flow;
    return Array.isArray(flow) ? flow.length : 0;
  };
  return (
    <Show
      when={scenario()}
      fallback={
        <Page title="Scenario">
          <EmptyState title="No such scenario">
            It may have been deleted. <A href="/scenarios">Back to scenarios</A>
          </EmptyState>
        </Page>
      }
    >
      {(s) => (
        <Page
          title={s().name}
          description={`${moduleCount()} modules · ${s().enabled ? 'on' : 'off'}`}
        >
          <div class="field">
            <label for="scenario-name">Name</label>
            <input
              id="scenario-name"
              class="input"
              value={s().name}
              aria-invalid={error() !== ''}
              onChange={(e) => void rename(e.currentTarget.value)}
            />
            <Show when={error()}>
              <p class="error" role="alert">
                {error()}
              </p>
            </Show>
          </div>
          <div class="canvas-placeholder">
            <p>This scenario has no modules yet.</p>
            <p class="muted">The canvas editor (modules, routes, mapping) builds on this page.</p>
          </div>
        </Page>
      )}
    </Show>
  );
}
