import type { BudgetSetting, UsageRecord } from '../../storage';

export interface BudgetStatus {
  reached: boolean;
  /** What to tell the user while scheduled scenarios are paused; null when not reached. */
  reason: string | null;
  operationsLeft: number | null;
  dataTransferLeft: number | null;
}

const MB = 1_000_000;
const fmtBytes = (n: number) => (n >= MB ? `${(n / MB).toLocaleString('en')} MB` : `${n} bytes`);

/**
 * Where this month's usage (the `*` row of `month:YYYY-MM`) stands against the monthly budget.
 * When reached, scheduled scenarios pause until the month ends or the budget is raised; webhooks
 * keep queueing in the inbox meanwhile (as Make does when credits run out).
 *
 * @example budgetStatus(monthRow, { operations: 1000, dataTransfer: 500_000_000 }).reached
 */
export function budgetStatus(
  month: UsageRecord | undefined,
  budget: BudgetSetting | null,
): BudgetStatus {
  const ops = month?.operations ?? 0;
  const bytes = month?.dataTransfer ?? 0;
  const opsLeft = budget?.operations == null ? null : Math.max(0, budget.operations - ops);
  const bytesLeft = budget?.dataTransfer == null ? null : Math.max(0, budget.dataTransfer - bytes);
  const reasons: string[] = [];
  if (opsLeft === 0 && budget?.operations != null) {
    reasons.push(
      `${budget.operations.toLocaleString('en')} operations (${ops.toLocaleString('en')} used)`,
    );
  }
  if (bytesLeft === 0 && budget?.dataTransfer != null) {
    reasons.push(`${fmtBytes(budget.dataTransfer)} of data transfer (${fmtBytes(bytes)} used)`);
  }
  return {
    reached: reasons.length > 0,
    reason:
      reasons.length === 0
        ? null
        : `Scheduled scenarios are paused: this month's budget of ${reasons.join(' and ')} is ` +
          'used up. They resume next month or when you raise the budget; webhooks keep queueing.',
    operationsLeft: opsLeft,
    dataTransferLeft: bytesLeft,
  };
}
