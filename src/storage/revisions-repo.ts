import { newId } from '../shared';
import type { WeftDb } from './db';
import type { ScenarioRevisionRecord } from './records';
import { guardWrite } from './write-guard';

const range = (scenarioId: string) =>
  [
    [scenarioId, -Infinity],
    [scenarioId, Infinity],
  ] as const;

/** The only writer of `scenarioRevisions`: saved versions of a scenario's blueprint. */
export function revisionsRepo(db: WeftDb) {
  const ofScenario = (scenarioId: string) =>
    db.scenarioRevisions.where('[scenarioId+number]').between(...range(scenarioId), true, true);
  return {
    /** Newest first. */
    list: (scenarioId: string) => ofScenario(scenarioId).reverse().toArray(),
    get: (id: string) => db.scenarioRevisions.get(id),
    latest: (scenarioId: string) => ofScenario(scenarioId).last(),
    /**
     * Saves the blueprint as the next revision. Idempotent: saving the same blueprint as the latest
     * revision returns that revision instead of adding a copy (a retried save adds nothing).
     */
    save(scenarioId: string, blueprint: unknown, now = new Date()) {
      return guardWrite('the scenario revision', () =>
        db.transaction('rw', db.scenarioRevisions, async (): Promise<ScenarioRevisionRecord> => {
          const last = await ofScenario(scenarioId).last();
          if (last && JSON.stringify(last.blueprint) === JSON.stringify(blueprint)) return last;
          const record: ScenarioRevisionRecord = {
            id: newId(),
            scenarioId,
            number: (last?.number ?? 0) + 1,
            blueprint: structuredClone(blueprint),
            createdAt: now.toISOString(),
          };
          await db.scenarioRevisions.add(record);
          return record;
        }),
      );
    },
    /** Drops all but the newest `keep` revisions of a scenario, except the ones listed. */
    prune: (scenarioId: string, keep: number, protect: ReadonlySet<string> = new Set()) =>
      db.transaction('rw', db.scenarioRevisions, async () => {
        const old = (await ofScenario(scenarioId).reverse().toArray()).slice(keep);
        await db.scenarioRevisions.bulkDelete(
          old.filter((r) => !protect.has(r.id)).map((r) => r.id),
        );
      }),
  };
}
