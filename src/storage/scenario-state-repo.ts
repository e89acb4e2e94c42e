import type { WeftDb } from './db';
import type { ScenarioStateRecord } from './records';
import { guardWrite } from './write-guard';

/** A scenario's runtime state before anything happened to it. */
export const initialScenarioState = (scenarioId: string): ScenarioStateRecord => ({
  scenarioId,
  errorStreak: 0,
  deactivatedReason: null,
  deactivatedAt: null,
  nextRunAt: null,
  lastSlot: null,
  lastRunAt: null,
  lastExecutionId: null,
});

/** The only writer of `scenarioState` (the leader tab's runtime). */
export function scenarioStateRepo(db: WeftDb) {
  const read = async (id: string) => (await db.scenarioState.get(id)) ?? initialScenarioState(id);
  return {
    get: read,
    list: () => db.scenarioState.toArray(),
    /** Reads, changes and writes one scenario's state in one transaction. */
    update: (scenarioId: string, edit: (s: ScenarioStateRecord) => ScenarioStateRecord) =>
      guardWrite('the scenario state', () =>
        db.transaction('rw', db.scenarioState, async () => {
          const next = edit(await read(scenarioId));
          await db.scenarioState.put(next);
          return next;
        }),
      ),
    /**
     * Claims a schedule slot for running: true only for the first claim of a slot later than the
     * last one claimed. A second leader (after a handover, or a tab that lost the lock late) that
     * claims the same slot gets false, so no slot runs twice.
     */
    claimSlot: (scenarioId: string, slot: Date, now = new Date()) =>
      guardWrite('the schedule slot', () =>
        db.transaction('rw', db.scenarioState, async () => {
          const s = await read(scenarioId);
          const iso = slot.toISOString();
          if (s.lastSlot !== null && s.lastSlot >= iso) return false;
          await db.scenarioState.put({ ...s, lastSlot: iso, lastRunAt: now.toISOString() });
          return true;
        }),
      ),
    remove: (scenarioId: string) => db.scenarioState.delete(scenarioId),
  };
}
