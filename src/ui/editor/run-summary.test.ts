import { describe, expect, it } from 'vitest';
import type { ExecutionRecord, RunLogRecord } from '../../storage';
import { lightsOf, summaryFromLogs } from './run-summary';

const execution: ExecutionRecord = {
  id: 'x1',
  scenarioId: 's',
  status: 'error',
  startedAt: '2026-11-30T10:00:00.000Z',
  durationMs: 1200,
  operations: 4,
  dataTransfer: 321,
  triggerKind: 'manual',
  revisionId: 'r1',
  error: { moduleId: '3', type: 'DataError', message: 'bad' },
};
const log = (moduleId: string, operations: number): RunLogRecord => ({
  id: `x1:${moduleId}`,
  executionId: 'x1',
  moduleId,
  operations,
  input: [{ a: 1 }],
  output: [{ b: operations }],
  errors: [],
  truncated: false,
});

describe('summaryFromLogs', () => {
  it('gives each logged module its bundles and keeps the totals of the record', () => {
    const s = summaryFromLogs(execution, [log('1', 1), log('2', 3)]);
    expect(s).toMatchObject({
      executionId: 'x1',
      status: 'error',
      operations: 4,
      dataTransfer: 321,
    });
    expect(s.modules['2']).toEqual({
      operations: 3,
      input: [{ a: 1 }],
      output: [{ b: 3 }],
      errors: [],
    });
  });

  it("puts the run's error on its module when no log names it", () => {
    const s = summaryFromLogs(execution, [log('1', 1)]);
    expect(s.modules['3']?.errors).toEqual([{ type: 'DataError', message: 'bad' }]);
    expect(lightsOf(s)).toEqual(
      new Map([
        ['1', { state: 'done', operations: 1 }],
        ['3', { state: 'error', operations: 0 }],
      ]),
    );
  });

  it('lights nothing for modules that did not run', () => {
    const s = summaryFromLogs({ ...execution, error: null }, [log('1', 0)]);
    expect(lightsOf(s).size).toBe(0);
  });
});
