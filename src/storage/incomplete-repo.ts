import type { WeftDb } from './db';
import type { IncompleteExecutionRecord, IncompleteState } from './records';
import { notFound } from './errors';
import { guardWrite } from './write-guard';

/**
 * Incomplete executions. The engine's run adds them (through the runtime, which owns their retry
 * state); the runtime changes state. Decisions (when to retry, how many at once) are the pure
 * functions of src/runtime/incomplete; this only stores.
 */
export function incompleteRepo(db: WeftDb) {
  return {
    get: (id: string) => db.incompleteExecutions.get(id),
    /** Idempotent: the id is the engine's, so a retried add overwrites the same row. */
    add: (record: IncompleteExecutionRecord) =>
      guardWrite('the incomplete execution', () => db.incompleteExecutions.put(record)),
    list: (scenarioId: string, state?: IncompleteState) =>
      state === undefined
        ? db.incompleteExecutions.where('scenarioId').equals(scenarioId).toArray()
        : db.incompleteExecutions.where('[scenarioId+state]').equals([scenarioId, state]).toArray(),
    /** Those waiting for an automatic retry at or before `now`, earliest first. */
    due: (now: Date) =>
      db.incompleteExecutions.where('nextRetryAt').belowOrEqual(now.toISOString()).toArray(),
    /** Every record in one state, over all scenarios. */
    byState: (state: IncompleteState) =>
      db.incompleteExecutions.where('state').equals(state).toArray(),
    countByState: (state: IncompleteState) =>
      db.incompleteExecutions.where('state').equals(state).count(),
    update: (id: string, edit: (r: IncompleteExecutionRecord) => IncompleteExecutionRecord) =>
      guardWrite('the incomplete execution', () =>
        db.transaction('rw', db.incompleteExecutions, async () => {
          const r = await db.incompleteExecutions.get(id);
          if (!r) throw notFound('incomplete execution', id);
          const next = edit(r);
          await db.incompleteExecutions.put(next);
          return next;
        }),
      ),
    remove: (id: string) => db.incompleteExecutions.delete(id),
  };
}
