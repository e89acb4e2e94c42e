import { Dexie } from 'dexie';
import type { WeftDb } from './db';
import type { ExecutionRecord, ExecutionStatus, RunLogRecord } from './records';
import { DEFAULT_LOG_BUNDLE_LIMIT, limitBundles } from './truncate-bundles';
import { guardWrite } from './write-guard';

/** One module's part of a run, as the engine reports it. */
export interface ModuleLog {
  moduleId: string;
  operations: number;
  input: unknown[];
  output: unknown[];
  errors: { type: string; message: string }[];
}

/** Where the next page starts: the last execution of the previous page. */
export interface ExecutionCursor {
  startedAt: string;
  id: string;
}

export interface ExecutionPage {
  items: ExecutionRecord[];
  next: ExecutionCursor | null;
}

export interface PageQuery {
  scenarioId?: string;
  status?: ExecutionStatus;
  limit?: number;
  after?: ExecutionCursor | null;
}

/**
 * The only writer of `executions` and `runLogs` (the engine worker's runs, and the runtime's final
 * record of a run whose worker it terminated). Pages are keyset queries on `[startedAt+id]`, newest
 * first, so a page costs the same at 100 or 100,000 stored executions.
 */
export function executionsRepo(db: WeftDb) {
  return {
    get: (id: string) => db.executions.get(id),
    /** Run logs of one execution, in module id order. */
    logs: (executionId: string) => db.runLogs.where('executionId').equals(executionId).toArray(),
    count: (scenarioId?: string) =>
      scenarioId === undefined
        ? db.executions.count()
        : db.executions.where('scenarioId').equals(scenarioId).count(),
    /** Records a run that has begun (status `running`); a repeated call changes nothing more. */
    start: (execution: ExecutionRecord) =>
      guardWrite('the execution', () => db.executions.put({ ...execution, status: 'running' })),
    /**
     * Stores a finished run and its run logs in one transaction: either all of it is written or
     * nothing. Idempotent (log ids are `<executionId>:<moduleId>`). A confidential scenario keeps
     * the execution but no bundles.
     */
    finish(
      execution: ExecutionRecord,
      logs: readonly ModuleLog[],
      opts: { confidential?: boolean; maxBundleBytes?: number } = {},
    ): Promise<void> {
      const rows = opts.confidential
        ? []
        : logs.map((l) => toRunLog(execution.id, l, opts.maxBundleBytes));
      return guardWrite('the execution record', () =>
        db.transaction('rw', db.executions, db.runLogs, async () => {
          await db.executions.put(execution);
          if (rows.length > 0) await db.runLogs.bulkPut(rows);
        }),
      );
    },
    async page(q: PageQuery = {}): Promise<ExecutionPage> {
      const limit = q.limit ?? 50;
      const c = q.after;
      const base =
        q.scenarioId === undefined
          ? c
            ? db.executions.where('[startedAt+id]').below([c.startedAt, c.id])
            : db.executions.orderBy('[startedAt+id]')
          : db.executions
              .where('[scenarioId+startedAt+id]')
              .between(
                [q.scenarioId, Dexie.minKey, Dexie.minKey],
                c ? [q.scenarioId, c.startedAt, c.id] : [q.scenarioId, Dexie.maxKey, Dexie.maxKey],
                true,
                false,
              );
      const filtered = q.status === undefined ? base : base.filter((e) => e.status === q.status);
      const items = await filtered.reverse().limit(limit).toArray();
      const last = items[items.length - 1];
      return {
        items,
        next: items.length === limit && last ? { startedAt: last.startedAt, id: last.id } : null,
      };
    },
    /**
     * Retention: removes executions (and their logs) older than `maxAgeDays` or beyond the newest
     * `maxCount`, in batches so no transaction grows large. Returns the ids removed.
     */
    async prune(opts: { now: Date; maxAgeDays?: number; maxCount?: number; batch?: number }) {
      const cutoff = new Date(opts.now.getTime() - (opts.maxAgeDays ?? 30) * 86_400_000);
      const old = await db.executions.where('startedAt').below(cutoff.toISOString()).primaryKeys();
      const excess = await db.executions
        .orderBy('[startedAt+id]')
        .reverse()
        .offset(opts.maxCount ?? 10_000)
        .primaryKeys();
      const ids = [...new Set([...old, ...excess])];
      const batch = opts.batch ?? 500;
      for (let i = 0; i < ids.length; i += batch) {
        const part = ids.slice(i, i + batch);
        await db.transaction('rw', db.executions, db.runLogs, async () => {
          await db.executions.bulkDelete(part);
          await db.runLogs.where('executionId').anyOf(part).delete();
        });
      }
      return ids;
    },
  };
}

function toRunLog(executionId: string, l: ModuleLog, maxBytes = DEFAULT_LOG_BUNDLE_LIMIT) {
  const input = limitBundles(l.input, maxBytes);
  const output = limitBundles(l.output, maxBytes);
  const row: RunLogRecord = {
    id: `${executionId}:${l.moduleId}`,
    executionId,
    moduleId: l.moduleId,
    operations: l.operations,
    input: input.bundles,
    output: output.bundles,
    errors: l.errors,
    truncated: input.truncated || output.truncated,
  };
  return row;
}
