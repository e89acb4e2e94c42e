import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite-store';
import type { NewEvent, RelayStore } from './store';

const dirs: string[] = [];
const stores: RelayStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close().catch(() => undefined);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function open(dir?: string): Promise<{ store: RelayStore; dir: string }> {
  const d = dir ?? mkdtempSync(path.join(tmpdir(), 'weft-store-'));
  if (!dir) dirs.push(d);
  const store = await openSqliteStore(d);
  stores.push(store);
  return { store, dir: d };
}

const event = (hookId: string, n: number, receivedAt = Date.now()): NewEvent => ({
  installationId: 'i1',
  hookId,
  receivedAt,
  method: 'POST',
  path: `/hook/${hookId}`,
  query: '',
  headers: [['x-n', String(n)]],
  body: new Uint8Array([n & 255, 0, 255]),
});

async function seed(store: RelayStore): Promise<void> {
  await store.createInstallation({ id: 'i1', tokenHash: 'h1', epoch: 'ep1' });
  for (const id of ['a', 'b']) {
    await store.createHook({
      id,
      installationId: 'i1',
      name: id,
      enabled: true,
      respondTimeoutMs: null,
      createdAt: Date.now(),
    });
  }
}

describe('openSqliteStore', () => {
  it('commits concurrent appends in groups with gap-free sequences in submission order', async () => {
    const { store } = await open();
    await seed(store);
    const seqs = await Promise.all(
      Array.from({ length: 300 }, (_, n) => store.append(event(n % 2 ? 'a' : 'b', n))),
    );
    expect(seqs).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect([store.queued('a'), store.queued('b')]).toEqual([150, 150]);
    const read = await store.readAfter('i1', 295, 10);
    expect(read.map((e) => [e.seq, e.headers[0]?.[1], [...e.body]])).toEqual(
      [296, 297, 298, 299, 300].map((s) => [s, String(s - 1), [(s - 1) & 255, 0, 255]]),
    );
  });

  it('acks cumulatively, keeps counts exact, and survives reopening', async () => {
    const { store, dir } = await open();
    await seed(store);
    for (let n = 0; n < 10; n++) await store.append(event(n < 4 ? 'a' : 'b', n));
    expect(await store.ack('i1', 6)).toBe(6);
    expect([store.queued('a'), store.queued('b')]).toEqual([0, 4]);
    await store.close();
    stores.pop();
    const again = (await open(dir)).store;
    expect([again.queued('a'), again.queued('b')]).toEqual([0, 4]);
    expect(await again.installationByTokenHash('h1')).toEqual({
      id: 'i1',
      epoch: 'ep1',
      ackedSeq: 6,
      lastSeq: 10,
    });
    expect(await again.append(event('a', 11))).toBe(11);
  });

  it('deletes a hook with its queue, and sweeps old events and idle hooks', async () => {
    const { store } = await open();
    await seed(store);
    await store.append(event('a', 1, 1000));
    await store.append(event('b', 2, 1000));
    await store.append(event('b', 3, 5000));
    await store.deleteHook('a');
    expect(store.queued('a')).toBe(0);
    expect((await store.hook('a'))?.deletedAt).toEqual(expect.any(Number));
    expect((await store.hooks('i1')).map((h) => h.id)).toEqual(['b']);
    expect(await store.sweep(2000, 0)).toEqual({ expiredEvents: 1, expiredHooks: 0 });
    expect(store.queued('b')).toBe(1);
    expect(await store.sweep(0, Date.now() + 1)).toEqual({ expiredEvents: 0, expiredHooks: 1 });
    expect(store.queued('b')).toBe(0);
    expect((await store.hook('b'))?.deletedAt).not.toBeNull();
  });

  it('rejects a write that breaks a constraint without failing the rest of its group', async () => {
    const { store } = await open();
    await seed(store);
    const dup = store.createInstallation({ id: 'i2', tokenHash: 'h1', epoch: 'x' });
    const fine = store.append(event('a', 1));
    await expect(dup).rejects.toMatchObject({ code: 'RELAY_S001' });
    expect(await fine).toBe(1);
  });
});
