/**
 * `weft run --files` end to end on blueprint (b) of issue 5: files → CSV parse → filter → create
 * CSV → ZIP archive → save, through the bundled CLI on a temp folder. Also the image app's host
 * check: Node has no image codec, so `weft check` and `weft run` name those modules.
 *
 *   [1 Watch files /in] → [2 Parse CSV] → (filter: status = paid) → [3 Create CSV, source 2]
 *        → [4 Create an archive, source 1] → [5 Save a file /out]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, fixture, runWeft } from './cli-helpers';
import { jsonByteSize } from '../../src/engine';
import { decodeJsonValue } from '../../src/shared/json-values';

interface Report {
  status: string;
  operations: number;
  dataTransfer: number;
  modules: Record<string, { operations: number; output: unknown[]; errors: unknown[] }>;
  error: null | { moduleId: string | null; type: string; message: string };
}

const weft = runWeft;

const ORDERS_A =
  'order,customer,amount,status\n1,Ada,10.5,paid\n2,Bob,3,open\n3,"Cy, Jr.",7,paid\n';
const ORDERS_B = 'order,customer,amount,status\n4,Dee,1,refunded\n5,Eve,"2,5",paid\n';

function library(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'weft-files-'));
  mkdirSync(path.join(dir, 'in'));
  writeFileSync(path.join(dir, 'in/orders-a.csv'), ORDERS_A);
  writeFileSync(path.join(dir, 'in/orders-b.csv'), ORDERS_B);
  return dir;
}

beforeAll(() => {
  buildCli();
}, 120_000);

describe('weft run --files: CSV files to a ZIP of paid orders', () => {
  it('saves a ZIP with one filtered CSV per input file', async () => {
    const dir = library();
    const r = weft('run', fixture('files-csv-zip.blueprint.json'), '--files', dir);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.status).toBe('success');

    const zip = await JSZip.loadAsync(readFileSync(path.join(dir, 'out/paid-orders.zip')));
    expect(Object.keys(zip.files).sort()).toEqual(['paid-orders-a.csv', 'paid-orders-b.csv']);
    expect(await zip.file('paid-orders-a.csv')?.async('string')).toBe(
      'order,customer,amount\r\n1,Ada,10.5\r\n3,"Cy, Jr.",7',
    );
    expect(await zip.file('paid-orders-b.csv')?.async('string')).toBe(
      'order,customer,amount\r\n5,Eve,"2,5"',
    );
    // The run leaves no module state in the user's folder (it stays in memory in the CLI).
    expect(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout.split('\n')).not.toContain(
      '.weft',
    );
  });

  it('counts operations per module and data transfer as the size of every output bundle', () => {
    const dir = library();
    const report = JSON.parse(
      weft('run', fixture('files-csv-zip.blueprint.json'), '--files', dir).stdout,
    ) as Report;
    // 1 trigger read + 2 files parsed + 2 CSV sets + 1 archive + 1 save.
    const ops = Object.fromEntries(
      Object.entries(report.modules).map(([id, m]) => [id, m.operations]),
    );
    expect(ops).toEqual({ '1': 1, '2': 2, '3': 2, '4': 1, '5': 1 });
    expect(report.operations).toBe(7);

    const outputs = Object.values(report.modules).flatMap((m) => m.output.map(decodeJsonValue));
    const total = outputs.reduce<number>((n, b) => n + jsonByteSize(b), 0);
    expect(report.dataTransfer).toBe(total);
    // The two files' bytes and the ZIP's bytes are in it, counted as bytes, not as base64.
    const trigger = report.modules['1']?.output.map(decodeJsonValue) as { data: Uint8Array }[];
    expect(trigger.map((f) => f.data.byteLength)).toEqual([ORDERS_A.length, ORDERS_B.length]);
    const zip = report.modules['4']?.output[0] as { size: number };
    expect(report.dataTransfer).toBeGreaterThan(ORDERS_A.length + ORDERS_B.length + zip.size);
    expect(report.modules['5']?.output).toEqual([
      {
        fileName: 'paid-orders.zip',
        path: '/out/paid-orders.zip',
        mimeType: 'application/zip',
        size: zip.size,
      },
    ]);
  });

  it('rejects --files without a folder, and file modules say to pass it when it is missing', () => {
    const bp = fixture('files-csv-zip.blueprint.json');
    const missing = weft('run', bp, '--files', path.join(tmpdir(), 'no-such-weft-folder'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--files: '.*no-such-weft-folder' is not a folder/);
    expect(weft('run', bp, '--files').code).toBe(2);

    const none = weft('run', bp);
    expect(none.code).toBe(1);
    const report = JSON.parse(none.stdout) as Report;
    expect(report.error).toMatchObject({ moduleId: '1', type: 'RuntimeError' });
    expect(report.error?.message).toContain('--files <folder>');
  });
});

describe('the image app in the CLI', () => {
  it('is host-unavailable: check lists it, run stops in initialization naming the module', () => {
    const bp = fixture('image-resize.blueprint.json');
    const check = JSON.parse(weft('check', bp).stdout) as { hostUnavailable: unknown[] };
    expect(check.hostUnavailable).toEqual([{ id: 2, module: 'image:Resize', needs: ['image'] }]);

    const run = weft('run', bp, '--files', library());
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.operations).toBe(0);
    expect(report.error).toMatchObject({ moduleId: '2', type: 'InvalidConfigurationError' });
    expect(report.error?.message).toContain('image:Resize');
  });
});
