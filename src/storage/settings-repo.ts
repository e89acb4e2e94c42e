import type { WeftDb } from './db';

export type ThemeSetting = 'system' | 'light' | 'dark';

/** The only writer of the `settings` table. Values are small JSON values by key. */
export function settingsRepo(db: WeftDb) {
  return {
    async get<T>(key: string, fallback: T): Promise<T> {
      const row = await db.settings.get(key);
      return row === undefined ? fallback : (row.value as T);
    },
    set: (key: string, value: unknown) => db.settings.put({ key, value }),
  };
}
