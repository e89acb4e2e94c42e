import { emptyBlueprint } from '../domain';
import { newId } from '../shared';
import type { WeftDb } from './db';
import { invalid, notFound } from './errors';
import type { StoredScenario } from './records';
import { DEFAULT_SCHEDULE, type Schedule } from './schedule-types';
import { guardWrite } from './write-guard';

/** The only writer of the `scenarios` table (CONTRACTS.md §7). */
export function scenariosRepo(db: WeftDb) {
  return {
    list: () => db.scenarios.orderBy('updatedAt').reverse().toArray(),
    get: (id: string) => db.scenarios.get(id),
    async create(name: string, now = new Date()): Promise<StoredScenario> {
      const at = now.toISOString();
      const record: StoredScenario = {
        id: newId(),
        name,
        blueprint: emptyBlueprint(name),
        enabled: false,
        createdAt: at,
        updatedAt: at,
        schedule: DEFAULT_SCHEDULE,
        catchUp: false,
        enabledAt: null,
      };
      await guardWrite('the new scenario', () => db.scenarios.add(record));
      return record;
    },
    async rename(id: string, name: string, now = new Date()): Promise<void> {
      const trimmed = name.trim();
      if (trimmed === '') throw invalid('A scenario needs a name.');
      await change(db, id, (s) => ({
        ...s,
        name: trimmed,
        blueprint: { ...(s.blueprint as Record<string, unknown>), name: trimmed },
        updatedAt: now.toISOString(),
      }));
    },
    /** Switching on records when (the anchor of interval schedules); switching off keeps it. */
    setEnabled: (id: string, enabled: boolean, now = new Date()) =>
      change(db, id, (s) =>
        s.enabled === enabled
          ? s
          : { ...s, enabled, enabledAt: enabled ? now.toISOString() : (s.enabledAt ?? null) },
      ),
    setSchedule: (id: string, schedule: Schedule, catchUp: boolean, now = new Date()) =>
      change(db, id, (s) => ({ ...s, schedule, catchUp, updatedAt: now.toISOString() })),
    /** The run-time limit (ms; null = the default 40 minutes). */
    setRunTimeLimit: (id: string, ms: number | null) =>
      change(db, id, (s) => ({ ...s, runTimeLimitMs: ms })),
    /** Stores an edited blueprint (the editor's throttled save). */
    saveBlueprint: (id: string, blueprint: unknown, now = new Date()) =>
      change(db, id, (s) => ({ ...s, blueprint, updatedAt: now.toISOString() })),
    remove: (id: string) => db.scenarios.delete(id),
    /** Puts a deleted scenario back exactly as it was (the "Undo" after a delete). */
    restore: (record: StoredScenario) =>
      guardWrite('the restored scenario', () => db.scenarios.put(record)),
  };
}

async function change(
  db: WeftDb,
  id: string,
  edit: (s: StoredScenario) => StoredScenario,
): Promise<void> {
  await guardWrite('the scenario change', () =>
    db.transaction('rw', db.scenarios, async () => {
      const s = await db.scenarios.get(id);
      if (!s) throw notFound('scenario', id);
      const next = edit(s);
      if (next !== s) await db.scenarios.put(next);
    }),
  );
}
