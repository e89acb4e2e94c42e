import { describe, expect, it } from 'vitest';
import type { UsageRecord } from '../../storage';
import { budgetStatus } from './budget';

const month = (operations: number, dataTransfer: number): UsageRecord => ({
  id: 'month:2026-11|*',
  period: 'month:2026-11',
  scenarioId: '*',
  operations,
  dataTransfer,
  executions: 1,
});
const plan = { operations: 1000, dataTransfer: 500_000_000 };

describe('budgetStatus', () => {
  it('is not reached below the budget, or without one', () => {
    expect(budgetStatus(month(999, 0), plan)).toMatchObject({
      reached: false,
      operationsLeft: 1,
      reason: null,
    });
    expect(budgetStatus(month(1e9, 1e12), null).reached).toBe(false);
    expect(budgetStatus(undefined, plan).operationsLeft).toBe(1000);
  });

  it('is reached by either measure and says why', () => {
    const ops = budgetStatus(month(1003, 0), plan);
    expect(ops.reason).toBe(
      "Scheduled scenarios are paused: this month's budget of 1,000 operations (1,003 used) is used up. They resume next month or when you raise the budget; webhooks keep queueing.",
    );
    const bytes = budgetStatus(month(10, 500_000_000), {
      operations: null,
      dataTransfer: 500_000_000,
    });
    expect(bytes).toMatchObject({ reached: true, operationsLeft: null, dataTransferLeft: 0 });
    expect(bytes.reason).toContain('500 MB of data transfer');
  });
});
