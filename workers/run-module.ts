import type { EngineResult, ModuleRunRequest, ModuleRunResult } from '../src/bridge/engine-api';
import { jsonByteSize, runModuleOnce } from '../src/engine';
import { newId, ok } from '../src/shared';
import { executionsRepo } from '../src/storage';
import { alreadyRunning, storageFailed } from './errors';
import { hostPorts, loadBlueprint, type Host } from './host';

/**
 * Make's "Run this module only" in the worker, recorded (unless asked not to) as an execution
 * with trigger `single-module` and one run log: the module's input, output and error.
 */
export async function runModule(
  host: Host,
  req: ModuleRunRequest,
): Promise<EngineResult<ModuleRunResult>> {
  const executionId = req.executionId ?? newId();
  if (host.running.has(executionId)) return alreadyRunning(executionId);
  const loaded = await loadBlueprint(host, req.scenarioId, req.blueprint);
  if (!loaded.ok) return loaded;
  const blueprint = loaded.value;
  const startedAt = req.startedAt ? new Date(req.startedAt) : new Date();
  const abort = new AbortController();
  host.running.set(executionId, {
    executionId,
    scenarioId: req.scenarioId,
    trigger: 'single-module',
    startedAt: startedAt.toISOString(),
    abort,
  });
  try {
    const t0 = performance.now();
    const ports = hostPorts(host, blueprint, { signal: abort.signal, startedAt });
    const result = await runModuleOnce(blueprint, req.moduleId, req.bundles, host.registry, ports, {
      scenarioId: req.scenarioId,
      executionId,
      timezone: req.timezone,
    });
    const record = req.record !== false;
    if (record) {
      const e = result.error;
      const moduleId = String(req.moduleId);
      await executionsRepo(host.db()).finish(
        {
          id: executionId,
          scenarioId: req.scenarioId,
          status: e ? 'error' : 'success',
          startedAt: startedAt.toISOString(),
          durationMs: Math.round(performance.now() - t0),
          operations: result.operations,
          dataTransfer: jsonByteSize(result.output),
          triggerKind: 'single-module',
          revisionId: req.revisionId ?? null,
          error: e ? { moduleId, type: e.type, message: e.message } : null,
        },
        [
          {
            moduleId,
            operations: result.operations,
            input: result.input === undefined ? [] : [result.input],
            output: result.output,
            errors: e ? [{ type: e.type, message: e.message }] : [],
          },
        ],
        { confidential: blueprint.metadata.scenario.confidential },
      );
    }
    return ok({ ...result, executionId, recorded: record });
  } catch (e) {
    return storageFailed('Recording the module run', e);
  } finally {
    host.running.delete(executionId);
  }
}
