import { describe, expect, it } from 'vitest';
import type { FilesPort } from '../../src/apps/contract';
import { createMemoryFiles } from '../../src/apps/files';
import { testDb } from '../../src/storage/test-db';
import { filesPort, splitPath } from './files-port';

const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

// The FilesPort contract (docs/apps-files.md), checked on the reference implementation and on
// the IndexedDB port alike: what passes for one must pass for the other.
const ports: [string, () => FilesPort][] = [
  ['memory (reference)', () => createMemoryFiles()],
  ['IndexedDB (worker)', () => filesPort(testDb())],
];

describe.each(ports)('FilesPort contract: %s', (_name, make) => {
  it('writes, replaces, reads and lists the names of a folder, sorted', async () => {
    const files = make();
    await files.write('/reports/b.json', utf8('{}'));
    await files.write('/reports/a.csv', utf8('x'));
    await files.write('/reports/a.csv', utf8('x,y'));
    await files.write('/reports/2026/q1.csv', utf8('deep'));
    await files.write('/top.txt', utf8('t'));
    expect(await files.list('/reports')).toEqual(['a.csv', 'b.json']);
    expect(await files.list('/reports/')).toEqual(['a.csv', 'b.json']);
    expect(await files.list('/')).toEqual(['top.txt']);
    expect(await files.list('/nothing')).toEqual([]);
    expect(text(await files.read('/reports/a.csv'))).toBe('x,y');
    expect(text(await files.read('/reports/2026/q1.csv'))).toBe('deep');
  });

  it('rejects reading a missing file; deleting one resolves either way', async () => {
    const files = make();
    await files.write('/a.txt', utf8('a'));
    await files.delete('/a.txt');
    await files.delete('/a.txt');
    await expect(files.read('/a.txt')).rejects.toBeDefined();
    expect(await files.list('/')).toEqual([]);
  });

  it('keeps a given MIME type, else the name’s, and stats size and save times', async () => {
    const files = make();
    await files.write('/in/data.bin', utf8('abc'), 'text/csv');
    await files.write('/in/photo.JPG', new Uint8Array(10));
    const first = await files.stat?.('/in/data.bin');
    expect(first).toMatchObject({ path: '/in/data.bin', mimeType: 'text/csv', size: 3 });
    expect(await files.stat?.('/in/photo.JPG')).toMatchObject({
      mimeType: 'image/jpeg',
      size: 10,
    });
    expect(Date.parse(first?.createdAt ?? '')).not.toBeNaN();
    await files.write('/in/data.bin', utf8('abcdef'));
    const again = await files.stat?.('/in/data.bin');
    expect(again).toMatchObject({ size: 6, createdAt: first?.createdAt });
    expect(again!.updatedAt >= first!.updatedAt).toBe(true);
    expect(await files.stat?.('/in/none.txt')).toBeUndefined();
  });
});

describe('IndexedDB files port', () => {
  it('keys paths by folder and name as the files table does', () => {
    expect(splitPath('/a/b/c.txt')).toEqual({ folder: 'a/b', name: 'c.txt' });
    expect(splitPath('/c.txt')).toEqual({ folder: '', name: 'c.txt' });
    expect(splitPath('//x//y.txt')).toEqual({ folder: 'x', name: 'y.txt' });
  });

  it('stores module state under /.weft/ like a file but never lists it', async () => {
    const db = testDb();
    const files = filesPort(db);
    await files.write('/.weft/watch/s.1.json', utf8('{"seen":[]}'));
    expect(text(await files.read('/.weft/watch/s.1.json'))).toBe('{"seen":[]}');
    expect(await files.list('/.weft/watch')).toEqual([]);
    expect(await files.list('/.weft')).toEqual([]);
    expect(await files.list('/')).toEqual([]);
    expect((await db.files.toArray()).map((f) => [f.folder, f.name])).toEqual([
      ['.weft/watch', 's.1.json'],
    ]);
  });

  it('writes rows the app’s storage reads: folder, name, type, size and bytes', async () => {
    const db = testDb();
    await filesPort(db).write('/out/r.zip', new Uint8Array([80, 75, 3, 4]), 'application/zip');
    const [row] = await db.files.toArray();
    expect(row).toMatchObject({ folder: 'out', name: 'r.zip', mimeType: 'application/zip' });
    expect(row?.size).toBe(4);
    expect([...(row?.data ?? [])]).toEqual([80, 75, 3, 4]);
  });
});
