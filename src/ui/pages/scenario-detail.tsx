import { A, useParams } from '@solidjs/router';
import { Show, createResource, createSignal, type JSX } from 'solid-js';
import { moduleSpecs } from '../../apps';
import { restoreBlueprint, type Blueprint } from '../../domain';
import type { StoredScenario } from '../../storage';
import { EmptyState, Page } from '../components/page';
import { Editor } from '../editor/editor';
import { createLiveQuery } from '../live';
import { useServices } from '../services';

/** One scenario in the editor. Loads once per scenario id; edits save themselves from there. */
export function ScenarioDetailPage(): JSX.Element {
  const params = useParams<{ id: string }>();
  const { scenarios } = useServices();
  const [loaded] = createResource(
    () => params.id,
    async (id) => {
      const s = await scenarios.get(id);
      if (!s) return { missing: true as const };
      const r = restoreBlueprint(s.blueprint, { isSupported: (t) => moduleSpecs.has(t) });
      if (!r.ok)
        return {
          missing: false as const,
          scenario: s,
          problems: r.error.map((p) => `${p.path}: ${p.message}`),
        };
      return { missing: false as const, scenario: s, blueprint: r.value.blueprint };
    },
  );
  return (
    <Show when={loaded()} fallback={<p class="muted">Loading…</p>}>
      {(l) => (
        <Show
          when={!l().missing && l()}
          fallback={
            <Page title="Scenario">
              <EmptyState title="No such scenario">
                It may have been deleted. <A href="/scenarios">Back to scenarios</A>
              </EmptyState>
            </Page>
          }
        >
          {(ok) => {
            const v = ok() as {
              scenario: StoredScenario;
              blueprint?: Blueprint;
              problems?: string[];
            };
            return (
              <section class="editor-page" aria-labelledby="page-title">
                <ScenarioHeader id={v.scenario.id} />
                <Show
                  when={v.blueprint}
                  fallback={
                    <EmptyState title="This scenario’s blueprint is invalid">
                      {v.problems?.join('; ')}
                    </EmptyState>
                  }
                >
                  {(bp) => <Editor scenario={v.scenario} blueprint={bp()} />}
                </Show>
              </section>
            );
          }}
        </Show>
      )}
    </Show>
  );
}

/** The editor's header: back to the list, the name (renamed in place), the on/off switch. */
function ScenarioHeader(props: { id: string }): JSX.Element {
  const { scenarios } = useServices();
  const scenario = createLiveQuery(() => scenarios.get(props.id), undefined);
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
  return (
    <header class="editor-head">
      <h1 id="page-title" class="sr-only">
        {scenario()?.name}
      </h1>
      <label for="scenario-name" class="sr-only">
        Name
      </label>
      <input
        id="scenario-name"
        class="title-input"
        value={scenario()?.name ?? ''}
        aria-invalid={error() !== ''}
        onChange={(e) => void rename(e.currentTarget.value)}
      />
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={scenario()?.enabled ?? false}
          aria-label="Scenario on"
          onChange={(e) => void scenarios.setEnabled(props.id, e.currentTarget.checked)}
        />
        <span>{scenario()?.enabled ? 'On' : 'Off'}</span>
      </label>
    </header>
  );
}
