import JSZip from 'jszip';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ModuleError } from '../contract';
import { aggregateModule, runModule, testContext, text, utf8 } from '../files/test-context';
import { createArchive } from './create-archive';
import { extractArchive } from './extract-archive';
import { gunzip, gzip } from './gzip';

const failure = async (p: Promise<unknown>) => {
  const e = (await p.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )) as (ModuleError & { code?: string }) | undefined;
  if (!e) throw new Error('expected a failure');
  return { type: e.type, code: e.code, message: e.message };
};

const zipOf = async (files: Record<string, string>) => {
  const zip = new JSZip();
  for (const [name, body] of Object.entries(files)) zip.file(name, body);
  return zip.generateAsync({ type: 'uint8array' });
};

describe('archive:CreateArchive', () => {
  it('zips the aggregated files, named after the first bundle, repeated names kept apart', async () => {
    const ctx = testContext({ parameters: { feeder: 1, compressionLevel: 9 } });
    const out = (await aggregateModule(createArchive, ctx, [
      { name: 'orders', fileName: 'a.csv', data: utf8('x,y') },
      { name: 'ignored', fileName: 'a.csv', data: 'second' },
      { fileName: 'b.bin', data: new Uint8Array([0, 1, 2]) },
    ])) as { fileName: string; mimeType: string; size: number; data: Uint8Array };
    expect(out).toMatchObject({ fileName: 'orders.zip', mimeType: 'application/zip' });
    expect(out.size).toBe(out.data.byteLength);
    const zip = await JSZip.loadAsync(out.data);
    expect(Object.keys(zip.files).sort()).toEqual(['a (2).csv', 'a.csv', 'b.bin']);
    expect(await zip.file('a (2).csv')?.async('string')).toBe('second');
  });

  it('makes an empty ZIP from no bundles, and stores files at level 0', async () => {
    const empty = (await aggregateModule(createArchive, testContext(), [])) as {
      fileName: string;
      data: Uint8Array;
    };
    expect(empty.fileName).toBe('archive.zip');
    expect(Object.keys((await JSZip.loadAsync(empty.data)).files)).toEqual([]);
    const stored = (await aggregateModule(
      createArchive,
      testContext({ parameters: { compressionLevel: 0 } }),
      [{ fileName: 'a.txt', data: 'a'.repeat(1000) }],
    )) as { size: number };
    expect(stored.size).toBeGreaterThan(1000);
  });

  it('names the field and the bundle for bad items, and refuses TAR and bad levels', async () => {
    const ctx = testContext();
    expect(
      await failure(
        aggregateModule(createArchive, ctx, [{ fileName: 'a', data: 'x' }, { data: 'y' }]),
      ),
    ).toEqual({
      type: 'DataError',
      code: 'ARCHIVE_E003',
      message: 'File name is required (aggregated bundle 2)',
    });
    expect(
      (await failure(aggregateModule(createArchive, ctx, [{ fileName: 'a', data: { x: 1 } }])))
        .message,
    ).toBe('Data must be binary data or text (aggregated bundle 1)');
    const tar = testContext({ parameters: { type: 'tar' } });
    expect((await failure(aggregateModule(createArchive, tar, []))).type).toBe(
      'InvalidConfigurationError',
    );
    const level = testContext({ parameters: { compressionLevel: 12 } });
    expect((await failure(aggregateModule(createArchive, level, []))).message).toBe(
      'Compression level must be a whole number from 0 to 9',
    );
  });
});

describe('archive:ExtractArchive', () => {
  it('gives one file bundle per file, skipping folders', async () => {
    const data = await zipOf({ 'docs/readme.txt': 'hi', 'data.json': '{}' });
    const out = await runModule(extractArchive, testContext(), { data });
    expect(out).toHaveLength(2);
    const readme = out.find((b) => (b as { path: string }).path === 'docs/readme.txt');
    expect(readme).toMatchObject({ fileName: 'readme.txt', mimeType: 'text/plain', size: 2 });
    expect(readme).toMatchObject({ __IMTLENGTH__: 2 });
    expect(text((readme as { data: Uint8Array }).data)).toBe('hi');
  });

  it('fails with a DataError for data that is not a ZIP', async () => {
    const e = await failure(runModule(extractArchive, testContext(), { data: 'not a zip' }));
    expect(e).toMatchObject({ type: 'DataError', code: 'ARCHIVE_E005' });
    expect(e.message).toMatch(/^Data is not a ZIP archive/);
    expect((await failure(runModule(extractArchive, testContext(), {}))).message).toBe(
      'Data is required',
    );
  });
});

describe('archive:Gzip and archive:Gunzip', () => {
  it('round-trips data and file names', async () => {
    const [packed] = (await runModule(gzip, testContext(), {
      fileName: 'log.txt',
      data: 'x'.repeat(500),
    })) as { fileName: string; size: number; data: Uint8Array }[];
    expect(packed).toMatchObject({ fileName: 'log.txt.gz', mimeType: 'application/gzip' });
    expect(packed?.size).toBeLessThan(100);
    const [plain] = await runModule(gunzip, testContext(), {
      fileName: packed?.fileName,
      data: packed?.data,
    });
    expect(plain).toMatchObject({ fileName: 'log.txt', mimeType: 'text/plain', size: 500 });
  });

  it('gunzips what other gzip writers made, and rejects other data naming Data', async () => {
    const [plain] = await runModule(gunzip, testContext(), { data: gzipSync(utf8('abc')) });
    expect(text((plain as { data: Uint8Array }).data)).toBe('abc');
    const e = await failure(runModule(gunzip, testContext(), { data: 'plain text' }));
    expect(e).toMatchObject({ type: 'DataError', code: 'ARCHIVE_E006' });
    const broken = gzipSync(utf8('abc')).slice(0, 12);
    expect((await failure(runModule(gunzip, testContext(), { data: broken }))).code).toBe(
      'ARCHIVE_E006',
    );
    const lvl = { data: 'x', compressionLevel: -1 };
    expect((await failure(runModule(gzip, testContext(), lvl))).code).toBe('ARCHIVE_E002');
  });
});
