import type { EngineResult } from '../bridge';

/** Stable codes of the runtime's failures (docs/runtime.md). */
const fail = (code: string, message: string): EngineResult<never> => ({
  ok: false,
  error: { code, message },
});

export const timeLimitReached = (ms: number) =>
  fail(
    'RUNTIME_E001',
    `The run passed its time limit of ${formatMs(ms)}; its engine worker was terminated.`,
  );
export const stopIgnored = () =>
  fail('RUNTIME_E002', 'The run did not stop when asked; its engine worker was terminated.');
export const workerLost = (why: string) =>
  fail('RUNTIME_E003', `The engine worker ended during the run (${why}).`);
export const stoppedInQueue = () => fail('RUNTIME_E004', 'The run was stopped before it started.');
export const notInPool = (executionId: string) =>
  fail('RUNTIME_E005', `No run ${executionId} is queued or in progress.`);

function formatMs(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${Math.round(ms / 100) / 10} s`;
}
