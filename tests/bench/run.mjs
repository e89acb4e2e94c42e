// `npm run bench`: bundles every tests/bench/*.bench.ts with esbuild and runs each in its own
// plain Node process, one after the other (machines here are noisy: each benchmark prints ratios
// against a baseline it measures in the same run, never absolute pass/fail times).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
if (files.length === 0) {
  console.log('no benchmarks yet');
  process.exit(0);
}
const outDir = path.resolve(here, '../../build/bench');
mkdirSync(outDir, { recursive: true });
let failed = 0;
for (const f of files) {
  const outfile = path.join(outDir, f.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [path.join(here, f)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // These load from node_modules at run time: they cannot be bundled (native code, their own
    // binaries). Everything else is bundled, as the CLI is.
    external: ['playwright-core', 'better-sqlite3', 'esbuild'],
    outfile,
    logLevel: 'warning',
  });
  console.log(`\n=== ${f}`);
  const r = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
