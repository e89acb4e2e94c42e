// The storage benchmark's workload (issue 6), shared by the Node run on fake-indexeddb
// (storage.bench.ts) and the Chromium run on real IndexedDB (storage-browser.bench.ts): 10,000
// executions with run logs written through the repository and paged, against raw Dexie
// bulkAdd/toArray of the same records, then 100,000 executions to show that the first page does
// not grow with History. It returns printable lines; it prints nothing itself.
import {
  executionsRepo,
  type ExecutionRecord,
  type ModuleLog,
  type WeftDb,
} from '../../src/storage';

const PAGE = 50;
const T0 = Date.parse('2026-11-01T00:00:00Z');

const execution = (i: number): ExecutionRecord => ({
  id: `e${String(i).padStart(7, '0')}`,
  scenarioId: `s${i % 20}`,
  status: i % 17 === 0 ? 'error' : 'success',
  startedAt: new Date(T0 + i * 1000).toISOString(),
  durationMs: 100 + (i % 50),
  operations: 5,
  dataTransfer: 1200,
  triggerKind: 'schedule',
  revisionId: 'r1',
  error: null,
});
const logs = (i: number): ModuleLog[] =>
  ['1', '2', '3'].map((moduleId) => ({
    moduleId,
    operations: 1,
    input: [{ order: i, item: 'widget', qty: 2 }],
    output: [{ ok: true, id: `${i}-${moduleId}`, note: 'x'.repeat(100) }],
    errors: [],
  }));
const rawLogs = (i: number) =>
  logs(i).map((l) => ({
    ...l,
    id: `${execution(i).id}:${l.moduleId}`,
    executionId: execution(i).id,
    truncated: false,
  }));

const ms = (t: number) => `${t.toFixed(1)} ms`;
const rate = (n: number, t: number) => `${Math.round((n / t) * 1000).toLocaleString('en')}/s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Runs the workload on databases made by `open` and returns the lines to print. */
export async function storageWorkload(
  open: () => WeftDb,
  N = 10_000,
  BIG = 100_000,
): Promise<string[]> {
  const out: string[] = [];
  const records = Array.from({ length: N }, (_, i) => execution(i));
  // Raw baseline: one bulkAdd per table, then toArray + sort for the newest page.
  const raw = open();
  await raw.open();
  const rawWrite = await time(async () => {
    await raw.executions.bulkAdd(records);
    await raw.runLogs.bulkAdd(records.flatMap((_, i) => rawLogs(i)));
  });
  const rawFirst = await time(async () => {
    const all = await raw.executions.toArray();
    all.sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1)).slice(0, PAGE);
  });

  // Repository: each run finishes in its own transaction, as the engine worker writes them.
  const db = open();
  await db.open();
  const repo = executionsRepo(db);
  const repoWrite = await time(async () => {
    for (let i = 0; i < N; i++) await repo.finish(records[i]!, logs(i));
  });
  const repoFirst = await time(() => repo.page({ limit: PAGE }));
  let pages = 0;
  const repoAll = await time(async () => {
    let p = await repo.page({ limit: PAGE });
    for (pages = 1; p.next; pages++) p = await repo.page({ limit: PAGE, after: p.next });
  });

  out.push(
    `write      repository ${rate(N, repoWrite)} (${ms(repoWrite)}, one transaction per run) | raw bulkAdd ${rate(N, rawWrite)} (${ms(rawWrite)}) | repository/raw time ${ratio(repoWrite, rawWrite)}`,
  );
  out.push(
    `first page repository ${ms(repoFirst)} | raw toArray+sort ${ms(rawFirst)} | repository/raw time ${ratio(repoFirst, rawFirst)}`,
  );
  out.push(
    `all pages  repository ${ms(repoAll)} for ${pages} pages of ${PAGE} | raw toArray ${ms(rawFirst)}`,
  );
  raw.close();
  db.close();

  // History at 100,000: first page and a page deep in the list, against toArray.
  const big = open();
  await big.open();
  const bigRecords = Array.from({ length: BIG }, (_, i) => execution(i));
  for (let i = 0; i < BIG; i += 10_000)
    await big.executions.bulkAdd(bigRecords.slice(i, i + 10_000));
  const bigRepo = executionsRepo(big);
  const bigFirst = await time(() => bigRepo.page({ limit: PAGE }));
  const mid = bigRecords[BIG / 2]!;
  const bigDeep = await time(() =>
    bigRepo.page({ limit: PAGE, after: { startedAt: mid.startedAt, id: mid.id } }),
  );
  const bigScenario = await time(() => bigRepo.page({ scenarioId: 's7', limit: PAGE }));
  const bigRaw = await time(async () => {
    const all = await big.executions.toArray();
    all.sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1)).slice(0, PAGE);
  });
  out.push(
    `at ${BIG.toLocaleString('en')}: first page ${ms(bigFirst)}, page at the middle ${ms(bigDeep)}, one scenario's first page ${ms(bigScenario)} | raw toArray+sort ${ms(bigRaw)} | first page/raw time ${ratio(bigFirst, bigRaw)}`,
  );
  big.close();
  return out;
}
