/**
 * Issue 5 benchmark: a ZIP of 200 files × 50 kB made by archive:CreateArchive through the engine
 * (trigger → Create an archive aggregator), against JSZip called directly with the same options,
 * in the same process. Prints both medians and their ratio (target ≤ 1.2×).
 */
import JSZip from 'jszip';
import { defaultRegistry } from '../../src/apps';
import { runScenario } from '../../src/engine';
import { blueprintOf, clock, medians } from './bench-kit';

const FILES = 200;
const SIZE = 50 * 1024;

/** Text-like bytes (words from a small alphabet) so deflate has real work, as for CSV or logs. */
function fileBytes(seed: number): Uint8Array {
  const out = new Uint8Array(SIZE);
  let x = seed * 2654435761;
  for (let i = 0; i < SIZE; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = (x >>> 24) % 7 === 0 ? 32 : 97 + ((x >>> 16) % 26);
  }
  return out;
}

const bundles = Array.from({ length: FILES }, (_, i) => ({
  name: `file-${i}.txt`,
  data: fileBytes(i + 1),
}));

const blueprint = blueprintOf([
  { id: 1, module: 'gateway:CustomWebHook', version: 1, parameters: { hook: 1 } },
  {
    id: 2,
    module: 'archive:CreateArchive',
    version: 1,
    parameters: { feeder: 1, compressionLevel: 6 },
    mapper: { name: 'bench', fileName: '{{1.name}}', data: '{{1.data}}' },
  },
]);

async function viaEngine(): Promise<number> {
  const record = await runScenario(
    blueprint,
    defaultRegistry,
    { clock },
    { triggerBundles: bundles },
  );
  const zip = record.modules['2']?.output[0] as { size: number } | undefined;
  if (record.status !== 'success' || !zip) throw new Error(`engine run: ${record.status}`);
  return zip.size;
}

async function direct(): Promise<number> {
  const zip = new JSZip();
  for (const b of bundles) zip.file(b.name, b.data, { binary: true });
  const data = await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
  return data.byteLength;
}

const [engineSize, directSize] = [await viaEngine(), await direct()];
if (Math.abs(engineSize - directSize) > 64) throw new Error('the two ZIPs differ in size');
const t = await medians({ engine: viaEngine, jszip: direct }, 7);
const ratio = (t.engine as number) / (t.jszip as number);
console.log(
  `ZIP of ${FILES} files × ${SIZE / 1024} kB (${(engineSize / 1e6).toFixed(2)} MB zipped)`,
);
console.log(`  engine (archive:CreateArchive): ${(t.engine as number).toFixed(0)} ms`);
console.log(`  JSZip directly:                 ${(t.jszip as number).toFixed(0)} ms`);
console.log(`  ratio engine/JSZip: ${ratio.toFixed(2)}× (target ≤ 1.2×)`);
