import type { ModuleErrorType } from '../apps/contract';

/** An error of a run: Make's type, a stable Weft code, a sentence, and where it happened. */
export interface RunError {
  code: string;
  type: ModuleErrorType;
  message: string;
  /** `null` when the run failed outside any module (limits, abort). */
  moduleId: string | null;
}

const runError = (
  code: string,
  type: ModuleErrorType,
  message: string,
  moduleId: string | null,
): RunError => ({
  code,
  type,
  message,
  moduleId,
});

export const unsupportedModule = (id: number, module: string): RunError =>
  runError(
    'ENGINE_E001',
    'InvalidConfigurationError',
    `module ${id} (${module}) is not supported: no app implements it`,
    String(id),
  );
export const hostUnavailable = (id: number, module: string, needs: string): RunError =>
  runError(
    'ENGINE_E002',
    'InvalidConfigurationError',
    `module ${id} (${module}) cannot run on this host: it needs ${needs}`,
    String(id),
  );
export const aborted = (): RunError =>
  runError('ENGINE_E003', 'ExecutionInterruptedError', 'the run was stopped', null);
export const timeLimit = (ms: number): RunError =>
  runError(
    'ENGINE_E004',
    'ScenarioTimeoutError',
    `the run exceeded its time limit of ${Math.round(ms / 1000)} s`,
    null,
  );
export const bundleLimit = (max: number): RunError =>
  runError(
    'ENGINE_E005',
    'MaxResultsExceededError',
    `the run produced more than ${max} bundles`,
    null,
  );
export const moduleFailed = (moduleId: string, type: ModuleErrorType, message: string): RunError =>
  runError('ENGINE_E006', type, message, moduleId);
export const mappingFailed = (moduleId: string, message: string): RunError =>
  runError('ENGINE_E007', 'DataError', message, moduleId);
export const noAggregation = (moduleId: string): RunError =>
  runError(
    'ENGINE_E008',
    'RuntimeError',
    `aggregator ${moduleId} received a bundle outside its source module's loop`,
    moduleId,
  );
export const directiveOutsideHandler = (moduleId: string): RunError =>
  runError(
    'ENGINE_E009',
    'RuntimeError',
    `error directive ${moduleId} ran outside an error-handler route`,
    moduleId,
  );
export const unknownModule = (id: number): RunError =>
  runError(
    'ENGINE_E010',
    'InvalidConfigurationError',
    `no module with id ${id} in this blueprint`,
    String(id),
  );
export const internal = (message: string): RunError =>
  runError('ENGINE_E011', 'UnknownError', `internal error: ${message}`, null);
