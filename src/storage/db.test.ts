import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { WeftDb } from './db';
import { latestSchemaVersion, schemaVersions } from './schema';
import { scenariosRepo } from './scenarios-repo';
import { upgradeHarness } from './upgrade-harness';

const options = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });

describe('WeftDb schema', () => {
  it('creates every table of the latest version with string primary keys', async () => {
    const db = new WeftDb('fresh', options());
    await db.open();
    const names = db.tables.map((t) => t.name).sort();
    expect(names).toEqual([
      'connections',
      'counters',
      'dataRecords',
      'dataStores',
      'deviceKeys',
      'executions',
      'files',
      'incompleteExecutions',
      'runLogs',
      'scenarioRevisions',
      'scenarioState',
      'scenarios',
      'settings',
      'usage',
      'webhookInbox',
    ]);
    expect(db.verno).toBe(latestSchemaVersion);
    db.close();
  });

  it('keeps a scenario written through the repository after the database is reopened', async () => {
    const opts = options();
    const db = new WeftDb('reopen', opts);
    const created = await scenariosRepo(db).create(
      'Orders to zip',
      new Date('2026-11-30T10:00:00Z'),
    );
    db.close();
    const again = new WeftDb('reopen', opts);
    expect(await scenariosRepo(again).get(created.id)).toEqual(created);
    expect((created.blueprint as { flow: unknown[] }).flow).toEqual([]);
    again.close();
  });

  it('refuses an empty name on rename and leaves the record untouched', async () => {
    const db = new WeftDb('rename', options());
    const repo = scenariosRepo(db);
    const s = await repo.create('A');
    await expect(repo.rename(s.id, '   ')).rejects.toThrow('needs a name');
    expect((await repo.get(s.id))?.name).toBe('A');
    await repo.rename(s.id, ' B ');
    const renamed = await repo.get(s.id);
    expect(renamed?.name).toBe('B');
    expect((renamed?.blueprint as { name: string }).name).toBe('B');
    db.close();
  });
});

describe('upgrade harness', () => {
  // Every released version n ≥ 2 must survive being reopened from n − 1 with its data.
  for (const v of schemaVersions.filter((x) => x.version >= 2)) {
    it(`upgrades version ${v.version - 1} to ${v.version} without losing scenarios`, async () => {
      let id = '';
      await upgradeHarness({
        from: v.version - 1,
        to: v.version,
        options: options(),
        fill: async (db) => (id = (await scenariosRepo(db).create('kept')).id),
        verify: async (db) => expect((await db.scenarios.get(id))?.name).toBe('kept'),
      });
    });
  }

  it('runs an upgrade from n − 1 to n and keeps the rows (shown with a test-only version)', async () => {
    // A test-only version after the latest: adds an index and rewrites every row.
    class NextDb extends WeftDb {
      constructor(name: string, o: ConstructorParameters<typeof WeftDb>[1], upTo: number) {
        super(name, o, Math.min(upTo, latestSchemaVersion));
        if (upTo > latestSchemaVersion) {
          this.version(latestSchemaVersion + 1)
            .stores({ scenarios: 'id, name, updatedAt, enabled' })
            .upgrade((tx) =>
              tx
                .table('scenarios')
                .toCollection()
                .modify((s: { name: string }) => {
                  s.name = s.name.toUpperCase();
                }),
            );
        }
      }
    }
    const ids: string[] = [];
    await upgradeHarness({
      from: latestSchemaVersion,
      to: latestSchemaVersion + 1,
      options: options(),
      open: (n, o, upTo) => new NextDb(n, o, upTo),
      fill: async (db) => {
        for (const name of ['one', 'two']) ids.push((await scenariosRepo(db).create(name)).id);
        await db.settings.put({ key: 'theme', value: 'dark' });
      },
      verify: async (db) => {
        expect(db.verno).toBe(latestSchemaVersion + 1);
        expect((await db.scenarios.bulkGet(ids)).map((s) => s?.name)).toEqual(['ONE', 'TWO']);
        expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
      },
    });
  });
});
