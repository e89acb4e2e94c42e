import { describe, expect, it } from 'vitest';
import type { ModuleError } from '../contract';
import { deleteFile } from './delete-file';
import { getFile } from './get-file';
import { listFiles } from './list-files';
import { createMemoryFiles } from './memory-files';
import { saveFile } from './save-file';
import { runModule, testContext, text, utf8 } from './test-context';
import { watchFiles } from './watch-files';

const seeded = () =>
  createMemoryFiles({
    '/in/a.csv': utf8('x,y\n1,2'),
    '/in/b.txt': utf8('hello'),
    '/c.bin': utf8(''),
  });

const failure = async (p: Promise<unknown>) => {
  const e = (await p.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )) as (ModuleError & { code?: string }) | undefined;
  if (!e) throw new Error('expected a failure');
  return { type: e.type, code: e.code, message: e.message };
};

describe('files:GetFile', () => {
  it('returns a file bundle with name, type, size and bytes', async () => {
    const [out] = await runModule(getFile, testContext({ files: seeded() }), { path: 'in/a.csv' });
    expect(out).toMatchObject({
      fileName: 'a.csv',
      mimeType: 'text/csv',
      size: 7,
      path: '/in/a.csv',
    });
    expect(text((out as { data: Uint8Array }).data)).toBe('x,y\n1,2');
  });

  it('fails with a DataError naming Path for a missing file, an empty path or ..', async () => {
    const ctx = testContext({ files: seeded() });
    expect(await failure(runModule(getFile, ctx, { path: '/nope.txt' }))).toMatchObject({
      type: 'DataError',
      code: 'FILES_E005',
      message: "Path: no file '/nope.txt' in the file library",
    });
    expect(await failure(runModule(getFile, ctx, { path: '' }))).toMatchObject({
      code: 'FILES_E001',
      message: 'Path is required',
    });
    expect((await failure(runModule(getFile, ctx, { path: '/in/../c.bin' }))).code).toBe(
      'FILES_E004',
    );
  });

  it('says how to get a library when the host has none', async () => {
    expect(await failure(runModule(getFile, testContext(), { path: '/a' }))).toMatchObject({
      type: 'RuntimeError',
      code: 'FILES_E003',
    });
  });
});

describe('files:SaveFile', () => {
  it('saves text as UTF-8 and outputs metadata without the bytes', async () => {
    const files = createMemoryFiles();
    const ctx = testContext({ files });
    const out = await runModule(saveFile, ctx, { folder: '/out', fileName: 'n.json', data: '{}' });
    expect(out).toEqual([
      { fileName: 'n.json', path: '/out/n.json', mimeType: 'application/json', size: 2 },
    ]);
    expect(await files.stat?.('/out/n.json')).toMatchObject({ mimeType: 'application/json' });
  });

  it('refuses to replace a file when Overwrite is off, and a name with a slash', async () => {
    const ctx = testContext({ files: seeded() });
    const input = { folder: '/in', fileName: 'b.txt', data: 'x', overwrite: false };
    expect(await failure(runModule(saveFile, ctx, input))).toMatchObject({
      type: 'DuplicateDataError',
      code: 'FILES_E006',
    });
    const slash = { fileName: 'a/b.txt', data: 'x' };
    expect(await failure(runModule(saveFile, ctx, slash))).toMatchObject({
      code: 'FILES_E004',
      message: expect.stringContaining('File name') as string,
    });
    expect(
      await failure(runModule(saveFile, ctx, { fileName: 'x', data: { a: 1 } })),
    ).toMatchObject({ code: 'FILES_E002', message: 'Data must be binary data or text' });
    expect(
      (await failure(runModule(saveFile, ctx, { folder: '/.weft', fileName: 'x', data: 'y' })))
        .code,
    ).toBe('FILES_E007');
  });
});

describe('files:ListFiles and files:DeleteFile', () => {
  it('lists a folder with positions and deletes by path', async () => {
    const files = seeded();
    const ctx = testContext({ files });
    const listed = await runModule(listFiles, ctx, { folder: '/in' });
    expect(listed.map((b) => (b as { path: string }).path)).toEqual(['/in/a.csv', '/in/b.txt']);
    expect(listed[1]).toMatchObject({ size: 5, __IMTINDEX__: 2, __IMTLENGTH__: 2 });
    expect(await runModule(listFiles, ctx, { folder: '/in', limit: 1 })).toHaveLength(1);
    expect((await failure(runModule(listFiles, ctx, { limit: 'many' }))).code).toBe('FILES_E002');

    expect(await runModule(deleteFile, ctx, { path: '/in/a.csv' })).toEqual([
      { fileName: 'a.csv', path: '/in/a.csv' },
    ]);
    expect(files.paths()).toEqual(['/c.bin', '/in/b.txt']);
    expect((await failure(runModule(deleteFile, ctx, { path: '/in/a.csv' }))).code).toBe(
      'FILES_E005',
    );
  });
});

describe('files:WatchFiles', () => {
  it('emits new files once: what a committed cycle emitted is not emitted again', async () => {
    const files = seeded();
    const read = watchFiles.handler.read;
    const commit = watchFiles.handler.commit;
    if (!read || !commit) throw new Error('trigger hooks missing');
    const params = { folder: '/in', maxResults: 1 };
    const ctx = testContext({ files, parameters: params });
    const first = await read(ctx);
    expect(first.map((b) => (b as { fileName: string }).fileName)).toEqual(['a.csv']);
    await commit(ctx);
    const second = await read(ctx);
    expect(second.map((b) => (b as { fileName: string }).fileName)).toEqual(['b.txt']);
    await commit(ctx);
    expect(await read(ctx)).toEqual([]);
    // The state lives under /.weft/, which the library lists do not show as files of /in.
    expect(files.paths()).toContain('/.weft/watch/s1.1.json');
  });

  it('emits the same files again after a rollback', async () => {
    const files = seeded();
    const { read, rollback } = watchFiles.handler;
    if (!read || !rollback) throw new Error('trigger hooks missing');
    const ctx = testContext({ files, parameters: { folder: '/in' } });
    expect(await read(ctx)).toHaveLength(2);
    await rollback(ctx);
    expect(await read(ctx)).toHaveLength(2);
  });
});
