import type { WeftDb } from './db';
import { guardWrite } from './write-guard';

/**
 * Persistent counters (`util:FunctionIncrement` with reset "never"), one per
 * `<scenarioId>:<moduleId>`. Increments read and write in one transaction, so two runs never
 * hand out the same value.
 */
export function countersRepo(db: WeftDb) {
  return {
    get: async (id: string) => (await db.counters.get(id))?.value ?? 0,
    /** Adds `by` and returns the new value. */
    increment: (id: string, by = 1, now = new Date()) =>
      guardWrite('the counter', () =>
        db.transaction('rw', db.counters, async () => {
          const value = ((await db.counters.get(id))?.value ?? 0) + by;
          await db.counters.put({ id, value, updatedAt: now.toISOString() });
          return value;
        }),
      ),
    reset: (id: string) => db.counters.delete(id),
  };
}
