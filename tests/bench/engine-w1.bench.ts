/**
 * Workload W1 (issue 4 §5): one trigger bundle holding 100,000 items → iterator → filter
 * `price > 50` → set `label` and `total` → array aggregator (49,000 items out), run by the engine
 * with run logging at its default level, against a hand-written JavaScript loop doing the same
 * work in the same process. Prints items/s of both, their ratio, and heap figures. The blueprint
 * and its input are tests/bench/w1.*.json, so `weft run` can run it too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { defaultRegistry } from '../../src/apps';
import { restoreBlueprint } from '../../src/domain';
import { createMemoryDataStores, runScenario } from '../../src/engine';

interface Item {
  id: number;
  sku: string;
  price: number;
  tags: string[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
const dir =
  path.basename(here) === 'bench' && here.includes(`${path.sep}build${path.sep}`)
    ? path.resolve(here, '../../tests/bench')
    : here;
const restored = restoreBlueprint(
  JSON.parse(readFileSync(path.join(dir, 'w1.blueprint.json'), 'utf8')),
);
if (!restored.ok) throw new Error('w1.blueprint.json does not restore');
const blueprint = restored.value.blueprint;
const input = JSON.parse(readFileSync(path.join(dir, 'w1.input.json'), 'utf8')) as [
  { items: Item[] },
];
const items = input[0].items;
const gc = (globalThis as { gc?: () => void }).gc;

async function engineOnce(): Promise<number> {
  const record = await runScenario(
    blueprint,
    defaultRegistry,
    {
      clock: { now: () => new Date(0), elapsedMs: () => performance.now() },
      dataStores: createMemoryDataStores(),
    },
    { triggerBundles: input },
  );
  const out = record.modules['4']?.output[0] as { array: unknown[] } | undefined;
  if (record.status !== 'success' || out?.array.length !== 49_000)
    throw new Error(`wrong W1 result: ${record.status}`);
  return record.operations;
}

/** The same work by hand: iterate, filter, build the two fields, collect. */
function loopOnce(): number {
  const array: { label: string; total: number }[] = [];
  const n = items.length;
  for (let i = 0; i < n; i++) {
    const bundle = Object.assign({}, items[i], { __IMTINDEX__: i + 1, __IMTLENGTH__: n });
    if (bundle.price > 50)
      array.push({ label: `${bundle.sku}-${bundle.price}`, total: bundle.price * 2 });
  }
  if (array.length !== 49_000) throw new Error('wrong loop result');
  return array.length;
}

async function itemsPerSecond(run: () => unknown, rounds: number): Promise<number> {
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    gc?.();
    const t0 = performance.now();
    await run();
    rates.push(items.length / ((performance.now() - t0) / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] as number;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

await itemsPerSecond(engineOnce, 2);
await itemsPerSecond(loopOnce, 2);
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const operations = await engineOnce();
const heapAfterRun = process.memoryUsage().heapUsed;
const peakHeap = v8.getHeapStatistics().total_heap_size;
const engine = await itemsPerSecond(engineOnce, 7);
const loop = await itemsPerSecond(loopOnce, 7);

console.log(
  `W1: ${fmt(items.length)} items, ${fmt(operations)} operations per run, default run logging`,
);
console.log(`engine:         ${fmt(engine)} items/s (median of 7)`);
console.log(`hand JS loop:   ${fmt(loop)} items/s (median of 7)`);
console.log(
  `ratio:          engine is ${(loop / engine).toFixed(1)}x slower than the loop (${((engine / loop) * 100).toFixed(1)}%)`,
);
console.log(
  `floor 200,000:  ${engine >= 200_000 ? 'met' : 'NOT met'}; goal 1,000,000: ${engine >= 1_000_000 ? 'met' : 'not yet'}`,
);
console.log(
  `heap:           ${mb(heapAfterRun - heapBefore)} held after one run (before GC), ${mb(peakHeap)} total heap size (peak)`,
);
