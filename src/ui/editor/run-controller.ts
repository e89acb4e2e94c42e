import { batch, createSignal } from 'solid-js';
import { type EngineApi, type RunEvent, type StoredRequest } from '../../bridge';
import type { Blueprint } from '../../domain';
import { lightsOf, type RunSummary } from './run-summary';
import type { ModuleRunView } from './to-canvas';

export type { ModuleResult, RunSummary } from './run-summary';

/**
 * Run once, run one module, stop: talks to the engine worker and keeps what the canvas shows
 * (lit modules while running, op counts after) and the last run's results.
 */
export function createRunController(engine: { api: EngineApi }, scenarioId: () => string) {
  const [running, setRunning] = createSignal<string | null>(null);
  const [lights, setLights] = createSignal<ReadonlyMap<string, ModuleRunView>>(new Map());
  const [last, setLast] = createSignal<RunSummary | null>(null);
  const [error, setError] = createSignal('');
  const light = (id: string, view: ModuleRunView) =>
    setLights((m) => new Map(m).set(id, { ...m.get(id), ...view }));
  const onEvent = (e: RunEvent) => {
    if (e.type === 'module-started') light(String(e.moduleId), { state: 'running' });
    if (e.type === 'module-finished')
      light(String(e.moduleId), { state: 'done', operations: e.operations });
  };
  const show = (summary: RunSummary) =>
    batch(() => {
      setLast(summary);
      setLights(lightsOf(summary));
    });

  return {
    running,
    lights,
    last,
    error,
    show,
    clear: () => batch(() => (setLights(new Map()), setLast(null))),
    async runOnce(blueprint: Blueprint, revisionId: string | null, requests?: StoredRequest[]) {
      const executionId = crypto.randomUUID();
      batch(() => {
        setRunning(executionId);
        setLights(new Map());
        setError('');
      });
      try {
        const r = await engine.api.runOnce(
          {
            scenarioId: scenarioId(),
            executionId,
            blueprint,
            revisionId,
            trigger: 'manual',
            maxCycles: 1,
            input: requests ? { requests } : undefined,
            timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          },
          onEvent,
        );
        if (!r.ok) return setError(r.error.message);
        const x = r.value.execution;
        show({
          executionId: x.executionId,
          status: x.status,
          operations: x.operations,
          dataTransfer: x.dataTransfer,
          durationMs: x.durationMs,
          error: x.error
            ? {
                moduleId: x.error.moduleId ?? undefined,
                type: x.error.type,
                message: x.error.message,
              }
            : null,
          modules: x.modules,
        });
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setRunning(null);
      }
    },
    async runModule(blueprint: Blueprint, moduleId: number, bundles: Record<string, unknown>) {
      setError('');
      const r = await engine.api.runModule({
        scenarioId: scenarioId(),
        blueprint,
        moduleId,
        bundles,
      });
      if (!r.ok) return setError(r.error.message);
      const v = r.value;
      const errors = v.error ? [{ type: v.error.type, message: v.error.message }] : [];
      show({
        executionId: v.executionId,
        status: errors.length ? 'error' : 'success',
        operations: v.operations,
        dataTransfer: 0,
        durationMs: 0,
        error: errors[0] ?? null,
        modules: {
          [String(moduleId)]: {
            operations: v.operations,
            input: [v.input],
            output: v.output,
            errors,
          },
        },
      });
    },
    async stop() {
      const id = running();
      if (id) await engine.api.stop(id);
    },
  };
}

export type RunController = ReturnType<typeof createRunController>;
