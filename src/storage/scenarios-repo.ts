import { emptyBlueprint, type ScenarioRecord } from '../domain';
import { newId } from '../shared';
import type { WeftDb } from './db';

/** The only writer of the `scenarios` table (CONTRACTS.md §7). */
export function scenariosRepo(db: WeftDb) {
  return {
    list: () => db.scenarios.orderBy('updatedAt').reverse().toArray(),
    get: (id: string) => db.scenarios.get(id),
    async create(name: string, now = new Date()): Promise<ScenarioRecord> {
      const at = now.toISOString();
      const record: ScenarioRecord = {
        id: newId(),
        name,
        blueprint: emptyBlueprint(name),
        enabled: false,
        createdAt: at,
        updatedAt: at,
      };
      await db.scenarios.add(record);
      return record;
    },
    async rename(id: string, name: string, now = new Date()): Promise<void> {
      const trimmed = name.trim();
      if (trimmed === '') throw new Error('A scenario needs a name.');
      await db.transaction('rw', db.scenarios, async () => {
        const s = await db.scenarios.get(id);
        if (!s) throw new Error(`No scenario ${id}.`);
        const blueprint = { ...(s.blueprint as Record<string, unknown>), name: trimmed };
        await db.scenarios.put({ ...s, name: trimmed, blueprint, updatedAt: now.toISOString() });
      });
    },
    setEnabled: (id: string, enabled: boolean) => db.scenarios.update(id, { enabled }),
    remove: (id: string) => db.scenarios.delete(id),
    /** Puts a deleted scenario back exactly as it was (the "Undo" after a delete). */
    restore: (record: ScenarioRecord) => db.scenarios.put(record),
  };
}
