// Storage benchmark (issue 6) in Chromium on real IndexedDB: the same workload as the Node run
// (storage-workload.ts), bundled into a blank page served from 127.0.0.1 (IndexedDB needs an
// origin). Prints the same lines: repository vs raw Dexie in the same run.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../e2e/chromium';

const N = Number(process.env['BENCH_EXECUTIONS'] ?? 10_000);
const BIG = Number(process.env['BENCH_BIG'] ?? 100_000);
const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');

const bundle = await build({
  entryPoints: [path.join(root, 'tests/bench/storage-browser-entry.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2022',
  write: false,
  logLevel: 'warning',
});
const script = bundle.outputFiles[0]!.text;

const server = createServer((_req, res) =>
  res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title>'),
);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: chromiumArgs,
});
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: script });
  const lines = await page.evaluate(
    ([n, big]) =>
      (
        globalThis as unknown as { storageBench: (n: number, b: number) => Promise<string[]> }
      ).storageBench(n!, big!),
    [N, BIG],
  );
  const version = browser.version();
  console.log(
    `storage on Chromium ${version} IndexedDB: ${N.toLocaleString('en')} executions × 3 run logs`,
  );
  for (const line of lines) console.log(line);
} finally {
  await browser.close();
  server.close();
}
