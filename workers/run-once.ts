import type {
  EngineResult,
  ProgressListener,
  RunRequest,
  RunResult,
} from '../src/bridge/engine-api';
import { resumeIncomplete, runScenario, type RunOptions } from '../src/engine';
import { newId, ok } from '../src/shared';
import { executionsRepo } from '../src/storage';
import { alreadyRunning, notStarted, storageFailed } from './errors';
import { hostPorts, loadBlueprint, type Host } from './host';
import { recordRun, runningExecution } from './record-run';

/**
 * One run in the worker: load and restore the blueprint, record it as running, run (or resume an
 * incomplete execution), and record the finished execution with its run logs and revision.
 */
export async function runOnce(
  host: Host,
  req: RunRequest,
  onEvent?: ProgressListener,
): Promise<EngineResult<RunResult>> {
  const executionId = req.executionId ?? newId();
  if (host.running.has(executionId)) return alreadyRunning(executionId);
  const revisionId = req.revisionId ?? null;
  const record = req.record !== false;
  const startedAt = req.startedAt ? new Date(req.startedAt) : new Date();
  const abort = new AbortController();
  const ids = { executionId, scenarioId: req.scenarioId };
  host.running.set(executionId, {
    ...ids,
    trigger: req.trigger,
    startedAt: startedAt.toISOString(),
    abort,
  });
  try {
    // Registered before loading, so a Stop that comes at once finds the run.
    const loaded = await loadBlueprint(host, req.scenarioId, req.blueprint);
    if (!loaded.ok) return loaded;
    const blueprint = loaded.value;
    if (abort.signal.aborted) return notStarted(executionId);
    const db = host.db();
    if (record)
      await executionsRepo(db).start(runningExecution(ids, startedAt, req.trigger, revisionId));
    const input = req.input;
    const ports = hostPorts(host, blueprint, {
      signal: abort.signal,
      startedAt,
      onEvent,
      requests: input && 'requests' in input ? input.requests : undefined,
    });
    const options: RunOptions = {
      scenarioId: req.scenarioId,
      executionId,
      timezone: req.timezone,
      maxCycles: req.maxCycles,
      triggerBundles: input && 'bundles' in input ? input.bundles : undefined,
      logLevel: req.logLevel,
      limits: req.maxRunMs === undefined ? undefined : { maxRunMs: req.maxRunMs },
    };
    const execution = req.resume
      ? await resumeIncomplete(blueprint, req.resume, host.registry, ports, options)
      : await runScenario(blueprint, host.registry, ports, options);
    const confidential = blueprint.metadata.scenario.confidential;
    if (record) await recordRun(db, execution, req.trigger, revisionId, confidential);
    return ok({ execution, revisionId, trigger: req.trigger, recorded: record });
  } catch (e) {
    return storageFailed('Recording the run', e);
  } finally {
    host.running.delete(executionId);
  }
}
