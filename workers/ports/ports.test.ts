import { describe, expect, it } from 'vitest';
import { ModuleError } from '../../src/apps';
import { restoreBlueprint } from '../../src/domain';
import { connectionsRepo } from '../../src/storage';
import { testDb } from '../../src/storage/test-db';
import { connectionsPort } from './connections-port';
import { filesPort, splitPath } from './files-port';
import { httpPort } from './http-port';

const bp = (bindings: Record<string, string>) => {
  const r = restoreBlueprint({ name: 'b', flow: [], metadata: { weft: { bindings } } });
  if (!r.ok) throw new Error('bad blueprint');
  return r.value.blueprint;
};

describe('files port over the files table', () => {
  it('splits paths into folder and name', () => {
    expect(splitPath('a/b/c.txt')).toEqual({ folder: 'a/b', name: 'c.txt' });
    expect(splitPath('/c.txt')).toEqual({ folder: '', name: 'c.txt' });
  });

  it('writes, replaces, lists, reads and deletes files; a missing file is a DataError', async () => {
    const db = testDb();
    const files = filesPort(db);
    await files.write('reports/a.csv', new TextEncoder().encode('x'));
    await files.write('reports/a.csv', new TextEncoder().encode('x,y'));
    await files.write('reports/b.json', new Uint8Array([1]));
    expect(await files.list('reports')).toEqual(['a.csv', 'b.json']);
    expect(new TextDecoder().decode(await files.read('reports/a.csv'))).toBe('x,y');
    expect((await db.files.toArray()).map((f) => f.mimeType).sort()).toEqual([
      'application/json',
      'text/csv',
    ]);
    await files.delete('reports/a.csv');
    expect(await files.list('reports')).toEqual(['b.json']);
    const missing = await files.read('reports/a.csv').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ModuleError);
    expect((missing as ModuleError).type).toBe('DataError');
  });
});

describe('connections port', () => {
  it('decrypts the secret of the bound connection in the worker', async () => {
    const db = testDb();
    const c = await connectionsRepo(db).create({
      name: 'API',
      type: 'apikey',
      params: { baseUrl: 'https://x' },
      secret: { apiKey: 's3cret' },
    });
    const port = connectionsPort(db, bp({ 'connection:4512': c.id }));
    expect(await port.get('4512')).toEqual({
      id: c.id,
      type: 'apikey',
      data: { baseUrl: 'https://x', apiKey: 's3cret' },
    });
    expect(await port.get('999')).toBeUndefined();
  });
});

describe('http port', () => {
  const req = { url: 'https://api.test/x', method: 'POST', headers: [], body: 'hi' };

  it('returns status, headers and body bytes', async () => {
    const port = httpPort(async (_url, init) => {
      expect(init.body).toBe('hi');
      return new Response('ok', { status: 201, headers: { 'x-a': '1' } });
    });
    const res = await port.send(req, new AbortController().signal);
    expect(res.status).toBe(201);
    expect(res.headers).toContainEqual(['x-a', '1']);
    expect(new TextDecoder().decode(res.body)).toBe('ok');
  });

  it('turns a failed request into a ConnectionError and a timeout into a ModuleTimeoutError', async () => {
    const down = httpPort(async () => Promise.reject(new TypeError('Failed to fetch')));
    const e = await down.send(req, new AbortController().signal).catch((x: unknown) => x);
    expect((e as ModuleError).type).toBe('ConnectionError');
    const slow = httpPort(
      (_url, init) =>
        new Promise((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    );
    const t = await slow
      .send({ ...req, timeoutMs: 10 }, new AbortController().signal)
      .catch((x: unknown) => x);
    expect((t as ModuleError).type).toBe('ModuleTimeoutError');
  });
});
