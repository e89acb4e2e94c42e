/**
 * Issue 5 benchmark: 100,000 CSV rows parsed by csv:ParseCSV through the engine (trigger → Parse
 * CSV, each row a bundle sized for data transfer, default run logging) against papaparse called
 * directly with `header: true`, in the same process. Prints both medians and their ratio.
 */
import Papa from 'papaparse';
import { defaultRegistry } from '../../src/apps';
import { runScenario } from '../../src/engine';
import { blueprintOf, clock, medians } from './bench-kit';

const ROWS = 100_000;
const lines = ['id,sku,customer,amount,status'];
for (let i = 1; i <= ROWS; i++)
  lines.push(
    `${i},SKU-${i % 977},"Customer ${i % 313}, Ltd",${(i % 500) / 4},${i % 3 ? 'paid' : 'open'}`,
  );
const csv = lines.join('\n');

const blueprint = blueprintOf([
  { id: 1, module: 'gateway:CustomWebHook', version: 1, parameters: { hook: 1 } },
  { id: 2, module: 'csv:ParseCSV', version: 1, mapper: { csv: '{{1.csv}}', delimiter: ',' } },
]);

async function viaEngine(): Promise<number> {
  const record = await runScenario(
    blueprint,
    defaultRegistry,
    { clock },
    { triggerBundles: [{ csv }] },
  );
  const log = record.modules['2'];
  // Each row's bundle is larger as JSON than as a CSV line, so all rows were made and sized.
  if (record.status !== 'success' || !log || log.dataTransfer < csv.length)
    throw new Error('engine run failed');
  return log.dataTransfer;
}

async function direct(): Promise<number> {
  const result = Papa.parse<Record<string, string>>(csv, {
    header: true,
    skipEmptyLines: 'greedy',
  });
  if (result.data.length !== ROWS) throw new Error('papaparse row count');
  return result.data.length;
}

await viaEngine();
const t = await medians({ engine: viaEngine, papaparse: direct }, 7);
const ratio = (t.engine as number) / (t.papaparse as number);
console.log(`CSV parse of ${ROWS.toLocaleString('en')} rows (${(csv.length / 1e6).toFixed(1)} MB)`);
console.log(`  engine (csv:ParseCSV):       ${(t.engine as number).toFixed(0)} ms`);
console.log(`  papaparse directly (header): ${(t.papaparse as number).toFixed(0)} ms`);
console.log(`  ratio engine/papaparse: ${ratio.toFixed(2)}×`);
