// Bundled into the page by storage-browser.bench.ts: the storage workload on Chromium's real
// IndexedDB, one fresh database per run.
import { WeftDb } from '../../src/storage/db';
import { storageWorkload } from './storage-workload';

let k = 0;
(
  globalThis as unknown as { storageBench: (n: number, big: number) => Promise<string[]> }
).storageBench = (n, big) =>
  storageWorkload(() => new WeftDb(`bench-${Date.now()}-${k++}`), n, big);
