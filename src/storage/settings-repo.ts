import type { WeftDb } from './db';
import { guardWrite } from './write-guard';

export type ThemeSetting = 'system' | 'light' | 'dark';

/** History retention: executions older than `maxAgeDays` or beyond the newest `maxCount` go. */
export interface RetentionSetting {
  maxAgeDays: number;
  maxCount: number;
}

/** A monthly allowance like a plan's; `null` means no limit for that measure. */
export interface BudgetSetting {
  operations: number | null;
  dataTransfer: number | null;
}

/** Well-known settings with their defaults. */
export const SETTING_DEFAULTS = {
  theme: 'system' as ThemeSetting,
  retention: { maxAgeDays: 30, maxCount: 10_000 } as RetentionSetting,
  budget: null as BudgetSetting | null,
  /** The user's IANA time zone for schedules and usage days; empty = the browser's. */
  timeZone: '' as string,
};

/** The only writer of the `settings` table. Values are small JSON values by key. */
export function settingsRepo(db: WeftDb) {
  return {
    async get<T>(key: string, fallback: T): Promise<T> {
      const row = await db.settings.get(key);
      return row === undefined ? fallback : (row.value as T);
    },
    set: (key: string, value: unknown) =>
      guardWrite('the setting', () => db.settings.put({ key, value })),
  };
}
