import { Dexie } from 'dexie';
import { newId } from '../shared';
import type { WeftDb } from './db';
import { notFound } from './errors';
import type { DataRecord, DataStoreRecord } from './records';
import { guardWrite } from './write-guard';

/** One buffered data-store write of a cycle (auto commit off applies them together). */
export type DataWrite =
  { op: 'put'; key: string; data: unknown } | { op: 'delete'; key: string } | { op: 'clear' };

const keysOf = (storeId: string) =>
  [
    [storeId, Dexie.minKey],
    [storeId, Dexie.maxKey],
  ] as const;

/**
 * Data-store definitions (written by the UI) and their records (written by the engine worker).
 * `apply` is the commit of a cycle: all writes in one transaction, or none.
 */
export function dataStoresRepo(db: WeftDb) {
  const records = (storeId: string) =>
    db.dataRecords.where('[storeId+key]').between(...keysOf(storeId), true, true);
  return {
    list: () => db.dataStores.orderBy('name').toArray(),
    get: (id: string) => db.dataStores.get(id),
    async create(name: string, now = new Date()): Promise<DataStoreRecord> {
      const record = { id: newId(), name, createdAt: now.toISOString() };
      await guardWrite('the data store', () => db.dataStores.add(record));
      return record;
    },
    rename: (id: string, name: string) =>
      db.transaction('rw', db.dataStores, async () => {
        if ((await db.dataStores.update(id, { name })) === 0) throw notFound('data store', id);
      }),
    /** Removes the store and every record in it. */
    remove: (id: string) =>
      db.transaction('rw', db.dataStores, db.dataRecords, async () => {
        await records(id).delete();
        await db.dataStores.delete(id);
      }),
    getRecord: (storeId: string, key: string) => db.dataRecords.get([storeId, key]),
    /** Records in key order, `limit` at a time after `afterKey`. */
    page: (storeId: string, limit = 100, afterKey?: string) =>
      (afterKey === undefined
        ? records(storeId)
        : db.dataRecords
            .where('[storeId+key]')
            .between([storeId, afterKey], [storeId, Dexie.maxKey], false, true)
      )
        .limit(limit)
        .toArray(),
    count: (storeId: string) => records(storeId).count(),
    apply: (storeId: string, writes: readonly DataWrite[]) =>
      guardWrite('the data-store change', () =>
        db.transaction('rw', db.dataStores, db.dataRecords, async () => {
          if (!(await db.dataStores.get(storeId))) throw notFound('data store', storeId);
          for (const w of writes) {
            if (w.op === 'clear') await records(storeId).delete();
            else if (w.op === 'delete') await db.dataRecords.delete([storeId, w.key]);
            else await db.dataRecords.put({ storeId, key: w.key, data: w.data } as DataRecord);
          }
        }),
      ),
  };
}
