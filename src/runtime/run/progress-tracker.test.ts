import { describe, expect, it } from 'vitest';
import { progressTracker } from './progress-tracker';
import { terminatedExecution } from './terminated-execution';

describe('progressTracker', () => {
  // [1 trigger] → [2 action that never finishes]
  it('counts finished totals plus one per module still working in the open cycle', () => {
    const t = progressTracker();
    t.see({ type: 'run-started', executionId: 'e' });
    t.see({ type: 'module-started', moduleId: '1', cycle: 1 });
    t.see({ type: 'module-finished', moduleId: '1', cycle: 1, operations: 1 });
    t.see({ type: 'module-started', moduleId: '1', cycle: 2 });
    t.see({ type: 'module-started', moduleId: '2', cycle: 2 });
    expect(t.operations()).toBe(3);
  });
});

describe('terminatedExecution', () => {
  const run = {
    executionId: 'e',
    scenarioId: 's',
    trigger: 'schedule' as const,
    revisionId: 'r',
    startedAt: '2026-11-30T10:00:00.000Z',
  };

  it('records a timed-out run as an error with Make’s ScenarioTimeoutError', () => {
    const e = terminatedExecution(
      run,
      { code: 'RUNTIME_E001', message: 'limit' },
      2,
      Date.parse(run.startedAt) + 5000,
    );
    expect(e).toEqual({
      id: 'e',
      scenarioId: 's',
      status: 'error',
      startedAt: run.startedAt,
      durationMs: 5000,
      operations: 2,
      dataTransfer: 0,
      triggerKind: 'schedule',
      revisionId: 'r',
      error: { type: 'ScenarioTimeoutError', message: 'limit' },
    });
    const stopped = terminatedExecution(run, { code: 'RUNTIME_E002', message: 'm' }, 0, 0);
    expect(stopped.error?.type).toBe('ExecutionInterruptedError');
    expect(stopped.durationMs).toBe(0);
  });
});
