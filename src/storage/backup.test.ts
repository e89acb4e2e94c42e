import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportBackup } from './backup-export';
import { importBackup } from './backup-import';
import { connectionsRepo } from './connections-repo';
import { dataStoresRepo } from './data-stores-repo';
import { filesRepo } from './files-repo';
import { scenariosRepo } from './scenarios-repo';
import { settingsRepo } from './settings-repo';
import type { WeftDb } from './db';
import { quotaError, testDb } from './test-db';

async function filled() {
  const db = testDb();
  const s = await scenariosRepo(db).create('Orders');
  await connectionsRepo(db).create({ name: 'Shop', type: 'apikey', secret: { apiKey: 'sk' } });
  const store = await dataStoresRepo(db).create('Customers');
  await dataStoresRepo(db).apply(store.id, [
    { op: 'put', key: 'a', data: { bin: new Uint8Array([9, 8]) } },
  ]);
  await filesRepo(db).save({
    folder: '/',
    name: 'x.bin',
    mimeType: 'application/octet-stream',
    data: new Uint8Array([1, 2, 3]),
  });
  await settingsRepo(db).set('theme', 'dark');
  return { db, scenarioId: s.id, storeId: store.id };
}

const snapshot = async (db: WeftDb) => ({
  scenarios: await db.scenarios.toArray(),
  records: await db.dataRecords.toArray(),
  settings: await db.settings.toArray(),
});

describe('backup', () => {
  it('round-trips everything into another device, without secrets unless asked', async () => {
    const { db, scenarioId, storeId } = await filled();
    const target = testDb();
    expect((await importBackup(target, await exportBackup(db))).ok).toBe(true);
    expect((await scenariosRepo(target).get(scenarioId))?.name).toBe('Orders');
    expect([
      ...((await target.dataRecords.get([storeId, 'a']))?.data as { bin: Uint8Array }).bin,
    ]).toEqual([9, 8]);
    expect([...((await filesRepo(target).find('/', 'x.bin'))?.data ?? [])]).toEqual([1, 2, 3]);
    const [conn] = await connectionsRepo(target).list();
    expect(conn?.secret).toBeNull();

    const withSecrets = testDb();
    const r = await importBackup(withSecrets, await exportBackup(db, { includeSecrets: true }));
    expect(r.ok && r.value.connections).toBe(1);
    const [c2] = await connectionsRepo(withSecrets).list();
    expect(await connectionsRepo(withSecrets).secret(c2!.id)).toEqual({ apiKey: 'sk' });
  });

  it('changes nothing and says what is wrong for a broken file', async () => {
    const { db } = await filled();
    const before = await snapshot(db);
    const good = await JSZip.loadAsync(await exportBackup(db));
    const notZip = await importBackup(db, new TextEncoder().encode('hello'));
    expect(!notZip.ok && notZip.error.message).toMatch(/not a readable ZIP/);
    good.file('tables/scenarios.json', JSON.stringify([{ id: 'x', name: 'ok' }, { id: 7 }]));
    const badRow = await importBackup(db, await good.generateAsync({ type: 'uint8array' }));
    expect(!badRow.ok && badRow.error).toMatchObject({
      code: 'STORAGE_BACKUP',
      message: 'tables/scenarios.json row 2: "id" must be text.',
    });
    good.file('tables/scenarios.json', '[]');
    good.remove('tables/settings.json');
    const missing = await importBackup(db, await good.generateAsync({ type: 'uint8array' }));
    expect(!missing.ok && missing.error.message).toMatch(/missing tables\/settings.json/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('changes nothing when storage fills up half way through the import', async () => {
    const { db } = await filled();
    const bytes = await exportBackup(db);
    await scenariosRepo(db).create('Only here');
    const before = await snapshot(db);
    db.settings.hook('creating', () => {
      throw quotaError();
    });
    const r = await importBackup(db, bytes);
    expect(!r.ok && r.error.message).toMatch(/nothing was changed.*no room left/s);
    expect(await snapshot(db)).toEqual(before);
  });
});
