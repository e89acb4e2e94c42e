import {
  executionsRepo,
  periodKeys,
  usageRepo,
  type ExecutionStatus,
  type WeftDb,
} from '../../storage';

/** What the Scenarios page shows about a scenario's runs. */
export interface ScenarioSummary {
  lastRun: { status: ExecutionStatus; startedAt: string } | null;
  /** Operations this calendar month (user's time zone), from the usage counters. */
  monthOperations: number;
}

/**
 * Last run and this month's operations of each scenario: one keyset read of the newest execution
 * per scenario and one read of the month's usage rows, so the cost does not grow with History.
 *
 * @example const s = await scenarioSummaries(db, ['a', 'b'], new Date(), 'Europe/Berlin');
 */
export async function scenarioSummaries(
  db: WeftDb,
  scenarioIds: readonly string[],
  now: Date,
  timeZone: string,
): Promise<Map<string, ScenarioSummary>> {
  const executions = executionsRepo(db);
  const { month } = periodKeys(now, timeZone);
  const [usage, latest] = await Promise.all([
    usageRepo(db).ofPeriod(month),
    Promise.all(scenarioIds.map((id) => executions.page({ scenarioId: id, limit: 1 }))),
  ]);
  const ops = new Map(usage.map((u) => [u.scenarioId, u.operations]));
  return new Map(
    scenarioIds.map((id, i) => {
      const last = latest[i]?.items[0];
      return [
        id,
        {
          lastRun: last ? { status: last.status, startedAt: last.startedAt } : null,
          monthOperations: ops.get(id) ?? 0,
        },
      ];
    }),
  );
}
