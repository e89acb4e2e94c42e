import type { WeftDb } from './db';
import { periodKeys, usageId } from './periods';
import type { UsageRecord } from './records';
import { guardWrite } from './write-guard';

export interface UsageEntry {
  executionId: string;
  scenarioId: string;
  /** When the run started; its day and month are taken in `timeZone`. */
  at: Date;
  timeZone: string;
  operations: number;
  dataTransfer: number;
}

/**
 * Usage counters, written by the runtime: each finished execution adds its operations and data
 * transfer to its scenario's day and month rows and to the all-scenario (`*`) rows; counters are
 * incremented, never recomputed from History. Recording is idempotent: an `exec:<id>` row marks
 * an execution as counted, so a retried call adds nothing.
 */
export function usageRepo(db: WeftDb) {
  return {
    get: (period: string, scenarioId = '*') => db.usage.get(usageId(period, scenarioId)),
    /** Every scenario's row of one period (without the `*` total). */
    ofPeriod: async (period: string) =>
      (await db.usage.where('period').equals(period).toArray()).filter((u) => u.scenarioId !== '*'),
    /** Adds one execution's usage; returns false when it had been counted already. */
    record: (e: UsageEntry) =>
      guardWrite('the usage counters', () =>
        db.transaction('rw', db.usage, async () => {
          const marker = usageId(`exec:${e.executionId}`, e.scenarioId);
          if (await db.usage.get(marker)) return false;
          const { day, month } = periodKeys(e.at, e.timeZone);
          const keys: [string, string][] = [
            [`exec:${e.executionId}`, e.scenarioId],
            [day, e.scenarioId],
            [day, '*'],
            [month, e.scenarioId],
            [month, '*'],
          ];
          const rows = await db.usage.bulkGet(keys.map(([p, s]) => usageId(p, s)));
          await db.usage.bulkPut(
            keys.map(([period, scenarioId], i): UsageRecord => {
              const r = rows[i];
              return {
                id: usageId(period, scenarioId),
                period,
                scenarioId,
                operations: (r?.operations ?? 0) + e.operations,
                dataTransfer: (r?.dataTransfer ?? 0) + e.dataTransfer,
                executions: (r?.executions ?? 0) + 1,
              };
            }),
          );
          return true;
        }),
      ),
    /** Drops the per-execution markers of executions History no longer keeps. */
    forgetExecutions: (executionIds: readonly string[]) =>
      db.usage
        .where('period')
        .anyOf(executionIds.map((id) => `exec:${id}`))
        .delete(),
  };
}
