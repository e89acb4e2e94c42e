import { describe, expect, it } from 'vitest';
import { StorageError } from './errors';
import { executionsRepo, type ModuleLog } from './executions-repo';
import type { ExecutionRecord } from './records';
import { quotaError, testDb } from './test-db';

const exec = (
  i: number,
  scenarioId = 's1',
  over: Partial<ExecutionRecord> = {},
): ExecutionRecord => ({
  id: `e${String(i).padStart(4, '0')}`,
  scenarioId,
  status: 'success',
  startedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
  durationMs: 10,
  operations: 3,
  dataTransfer: 42,
  triggerKind: 'schedule',
  revisionId: 'r1',
  error: null,
  ...over,
});
const log = (moduleId: string, output: unknown[] = [{ ok: true }]): ModuleLog => ({
  moduleId,
  operations: 1,
  input: [{}],
  output,
  errors: [],
});

describe('executionsRepo', () => {
  it('stores a finished run with its logs, and a repeat of the same call changes nothing', async () => {
    const db = testDb();
    const repo = executionsRepo(db);
    await repo.start(exec(1));
    expect((await repo.get('e0001'))?.status).toBe('running');
    await repo.finish(exec(1), [log('1'), log('2')]);
    await repo.finish(exec(1), [log('1'), log('2')]);
    expect((await repo.get('e0001'))?.status).toBe('success');
    expect((await repo.logs('e0001')).map((l) => l.id)).toEqual(['e0001:1', 'e0001:2']);
  });

  it('keeps no bundles for a confidential scenario and truncates large ones', async () => {
    const db = testDb();
    const repo = executionsRepo(db);
    await repo.finish(exec(1), [log('1')], { confidential: true });
    expect(await repo.logs('e0001')).toEqual([]);
    const big = [{ text: 'x'.repeat(600) }, { text: 'y'.repeat(600) }];
    await repo.finish(exec(2), [log('1', big)], { maxBundleBytes: 1000 });
    const [l] = await repo.logs('e0002');
    expect(l?.truncated).toBe(true);
    expect(l?.output[0]).toEqual(big[0]);
    expect(l?.output[1]).toMatchObject({ $truncated: true, bundles: 1 });
  });

  it('writes nothing of a run when storage is full, and says so', async () => {
    const db = testDb();
    const repo = executionsRepo(db);
    db.runLogs.hook('creating', () => {
      throw quotaError();
    });
    const failed = repo.finish(exec(1), [log('1')]);
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toMatchObject({ code: 'STORAGE_QUOTA' });
    await expect(failed).rejects.toThrow(/no room left/);
    expect(await repo.get('e0001')).toBeUndefined();
    expect(await db.runLogs.count()).toBe(0);
  });

  it('pages newest first with a cursor, across all scenarios or one, and by status', async () => {
    const db = testDb();
    const repo = executionsRepo(db);
    // Same start time for e0003 and e0103 checks the id tiebreak of the cursor.
    const rows = [
      ...Array.from({ length: 25 }, (_, i) => exec(i, i % 2 ? 's1' : 's2')),
      exec(3, 's2', { id: 'e0103', status: 'error' }),
    ];
    await db.executions.bulkAdd(rows);
    const seen: string[] = [];
    let page = await repo.page({ limit: 10 });
    for (;;) {
      seen.push(...page.items.map((e) => e.id));
      if (!page.next) break;
      page = await repo.page({ limit: 10, after: page.next });
    }
    const expected = [...rows]
      .sort((a, b) => (a.startedAt + a.id < b.startedAt + b.id ? 1 : -1))
      .map((e) => e.id);
    expect(seen).toEqual(expected);
    const s1 = await repo.page({ scenarioId: 's1', limit: 5 });
    expect(s1.items.map((e) => e.id)).toEqual(['e0023', 'e0021', 'e0019', 'e0017', 'e0015']);
    const s1next = await repo.page({ scenarioId: 's1', limit: 5, after: s1.next });
    expect(s1next.items[0]?.id).toBe('e0013');
    expect((await repo.page({ status: 'error' })).items.map((e) => e.id)).toEqual(['e0103']);
    expect(await repo.count('s1')).toBe(12);
  });

  it('prunes by age and by count, with the logs of pruned runs', async () => {
    const db = testDb();
    const repo = executionsRepo(db);
    for (let i = 0; i < 12; i++) await repo.finish(exec(i * 24 * 60), [log('1')]);
    // One execution a day, 2026-11-01…12; "now" is 2026-11-12 01:00, so 5 days keep 11-07 01:00 on.
    const now = new Date(Date.UTC(2026, 10, 12, 1));
    expect(await repo.prune({ now, maxAgeDays: 5, maxCount: 100, batch: 2 })).toHaveLength(7);
    expect(await repo.count()).toBe(5);
    expect(await repo.prune({ now, maxAgeDays: 30, maxCount: 4 })).toEqual(['e10080']);
    const left = (await repo.page()).items.map((e) => e.startedAt.slice(0, 10));
    expect(left).toEqual(['2026-11-12', '2026-11-11', '2026-11-10', '2026-11-09']);
    expect(await db.runLogs.count()).toBe(4);
  });
});
