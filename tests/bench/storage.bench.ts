// Storage benchmark (issue 6) in Node on fake-indexeddb; the same workload runs in Chromium on
// real IndexedDB in storage-browser.bench.ts.
import { testDb } from '../../src/storage/test-db';
import { storageWorkload } from './storage-workload';

const N = Number(process.env['BENCH_EXECUTIONS'] ?? 10_000);
const BIG = Number(process.env['BENCH_BIG'] ?? 100_000);

console.log(
  `storage on fake-indexeddb (Node ${process.version}): ${N.toLocaleString('en')} executions × 3 run logs`,
);
for (const line of await storageWorkload(() => testDb(), N, BIG)) console.log(line);
