import { describe, expect, it } from 'vitest';
import { connectionsRepo } from './connections-repo';
import { deviceKey } from './device-key';
import { testDb } from './test-db';

describe('connectionsRepo', () => {
  it('encrypts the secret at rest and decrypts it for use', async () => {
    const db = testDb();
    const repo = connectionsRepo(db);
    const c = await repo.create({
      name: 'Shop',
      type: 'apikey',
      params: { region: 'eu' },
      secret: { apiKey: 'sk-123' },
    });
    const stored = await db.connections.get(c.id);
    expect(stored?.params).toEqual({ region: 'eu' });
    expect(stored?.secret?.iv.byteLength).toBe(12);
    expect(new TextDecoder().decode(stored?.secret?.data)).not.toContain('sk-123');
    expect(await repo.secret(c.id)).toEqual({ apiKey: 'sk-123' });
    await repo.update(c.id, { name: 'Shop EU' });
    expect(await repo.secret(c.id)).toEqual({ apiKey: 'sk-123' });
    await repo.update(c.id, { secret: { apiKey: 'sk-456' } });
    expect(await repo.secret(c.id)).toEqual({ apiKey: 'sk-456' });
    expect((await repo.get(c.id))?.name).toBe('Shop EU');
  });

  it('keeps one non-extractable device key', async () => {
    const db = testDb();
    // Two callers racing on an empty table both get the key that was stored.
    const [a, b] = await Promise.all([deviceKey(db), deviceKey(db)]);
    const stored = (await db.deviceKeys.toArray()).map((r) => r.key);
    expect(stored).toHaveLength(1);
    const iv = new Uint8Array(12);
    const box = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, a, new Uint8Array([7]));
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, b, box);
    expect([...new Uint8Array(plain)]).toEqual([7]);
    expect(a.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', a)).rejects.toThrow();
  });

  it('reports an altered secret with a clear code', async () => {
    const db = testDb();
    const repo = connectionsRepo(db);
    const c = await repo.create({ name: 'X', type: 'basic', secret: 'pw' });
    await db.connections.update(c.id, (row) => {
      if (row.secret) row.secret.data = new Uint8Array([1, 2, 3]);
    });
    await expect(repo.secret(c.id)).rejects.toMatchObject({ code: 'STORAGE_SECRET' });
  });
});
