import {
  SETTING_DEFAULTS,
  executionsRepo,
  settingsRepo,
  usageRepo,
  type RetentionSetting,
  type WeftDb,
} from '../storage';

/**
 * History retention, run by the leader tab on start and then daily: removes executions older than
 * the retention setting (default 30 days) or beyond its count (default 10,000), with their run
 * logs and their per-execution usage markers. Day and month usage counters stay.
 *
 * @example const removed = await pruneHistory(db, new Date());
 */
export async function pruneHistory(db: WeftDb, now: Date): Promise<number> {
  const retention = await settingsRepo(db).get<RetentionSetting>(
    'retention',
    SETTING_DEFAULTS.retention,
  );
  const ids = await executionsRepo(db).prune({ now, ...retention });
  await usageRepo(db).forgetExecutions(ids);
  return ids.length;
}
