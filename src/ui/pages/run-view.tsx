import { A, useParams } from '@solidjs/router';
import { Show, createResource, type JSX } from 'solid-js';
import { moduleSpecs } from '../../apps';
import { restoreBlueprint } from '../../domain';
import { executionsRepo, revisionsRepo } from '../../storage';
import { EmptyState, Page } from '../components/page';
import { RunCanvas } from '../editor/run-canvas';
import { summaryFromLogs } from '../editor/run-summary';
import { formatBytes, formatDuration, formatTime } from '../format';
import { useServices } from '../services';

/**
 * One run from History, on the canvas as it was: the blueprint revision the run used (or, when
 * that revision is gone, today's blueprint, said so), its bubbles and the inspector, read-only.
 */
export function RunViewPage(): JSX.Element {
  const params = useParams<{ id: string }>();
  const { db, scenarios } = useServices();
  const [loaded] = createResource(
    () => params.id,
    async (id) => {
      const executions = executionsRepo(db);
      const execution = await executions.get(id);
      if (!execution) return null;
      const [logs, revision, scenario] = await Promise.all([
        executions.logs(id),
        execution.revisionId ? revisionsRepo(db).get(execution.revisionId) : undefined,
        scenarios.get(execution.scenarioId),
      ]);
      const source = revision?.blueprint ?? scenario?.blueprint;
      const r = source
        ? restoreBlueprint(source, { isSupported: (t) => moduleSpecs.has(t) })
        : undefined;
      return {
        execution,
        run: summaryFromLogs(execution, logs),
        blueprint: r?.ok ? r.value.blueprint : undefined,
        revision: revision?.number,
        name: scenario?.name ?? 'Deleted scenario',
      };
    },
  );
  return (
    <Show when={!loaded.loading} fallback={<p class="muted">Loading…</p>}>
      <Show
        when={loaded()}
        fallback={
          <Page title="Run">
            <EmptyState title="No such run">
              History may have pruned it. <A href="/history">Back to History</A>
            </EmptyState>
          </Page>
        }
      >
        {(l) => (
          <section class="editor-page" aria-labelledby="page-title">
            <header class="editor-head run-head">
              <A href={`/history?scenario=${l().execution.scenarioId}`} class="btn btn-ghost">
                ← History
              </A>
              <h1 id="page-title">
                {l().name}: run of {formatTime(l().execution.startedAt)}
              </h1>
              <span class="muted">
                {l().revision !== undefined
                  ? `Revision ${l().revision}`
                  : 'Current blueprint (the revision of this run is no longer stored)'}
              </span>
              <span class="run-facts" data-testid="run-facts">
                <span class={`badge badge-${l().execution.status}`}>{l().execution.status}</span>{' '}
                {l().execution.operations} ops · {formatBytes(l().execution.dataTransfer)} ·{' '}
                {formatDuration(l().execution.durationMs)}
              </span>
            </header>
            <Show when={l().execution.error}>
              {(e) => (
                <p class="banner warn" role="note">
                  {e().type}: {e().message}
                </p>
              )}
            </Show>
            <Show
              when={l().blueprint}
              fallback={
                <EmptyState title="The blueprint of this run cannot be shown">
                  Its scenario was deleted, or its blueprint is invalid.
                </EmptyState>
              }
            >
              {(bp) => <RunCanvas blueprint={bp()} run={l().run} />}
            </Show>
          </section>
        )}
      </Show>
    </Show>
  );
}
