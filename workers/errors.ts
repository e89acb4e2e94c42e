import type { BlueprintProblem } from '../src/domain';
import type { EngineProblem, EngineResult } from '../src/bridge/engine-api';

/** Stable codes of the engine worker's failures (docs/runtime.md lists them). */
const fail = (
  code: string,
  message: string,
  problems?: BlueprintProblem[],
): EngineResult<never> => ({
  ok: false,
  error: (problems ? { code, message, problems } : { code, message }) satisfies EngineProblem,
});

export const noFiles = () => fail('WORKER_E001', 'Give at least one file to zip.');
export const unnamedFile = () => fail('WORKER_E002', 'Every file needs a name.');
export const duplicateFile = (name: string) =>
  fail('WORKER_E003', `Two files are named '${name}'.`);
export const invalidBlueprint = (problems: BlueprintProblem[]) =>
  fail(
    'WORKER_E010',
    `The blueprint is not valid: ${problems.length} problem${problems.length === 1 ? '' : 's'} ` +
      `(first: ${problems[0]?.path ?? '(root)'}: ${problems[0]?.message ?? '?'}).`,
    problems,
  );
export const scenarioNotFound = (id: string) =>
  fail('WORKER_E011', `There is no scenario ${id} in this browser's storage.`);
export const notRunning = (executionId: string) =>
  fail('WORKER_E013', `No run ${executionId} is in progress in this worker.`);
export const storageFailed = (what: string, e: unknown) =>
  fail('WORKER_E014', `${what} failed: ${e instanceof Error ? e.message : String(e)}`);
export const alreadyRunning = (executionId: string) =>
  fail('WORKER_E015', `Run ${executionId} is already in progress.`);
export const notStarted = (executionId: string) =>
  fail('WORKER_E016', `Run ${executionId} was stopped before it started.`);
