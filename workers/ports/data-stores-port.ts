import type { DataStorePort, DataStoreRecord } from '../../src/apps/contract';
import type { Blueprint } from '../../src/domain';
import { dataStoresRepo, type WeftDb } from '../../src/storage';
import { bindingOf } from './bindings';

/**
 * Data-store records in IndexedDB, written from the worker. The engine's transactional journal
 * (src/engine/transactions.ts) calls `apply` once per commit, which the repository writes in one
 * IndexedDB transaction: a cycle's writes land together or not at all.
 *
 * @example runScenario(bp, registry, { clock, dataStores: dataStoresPort(db, bp) })
 */
export function dataStoresPort(db: WeftDb, blueprint: Blueprint): DataStorePort {
  const repo = dataStoresRepo(db);
  const local = (storeId: string) => bindingOf(blueprint, 'datastore', storeId);
  return {
    get: async (storeId, key) => (await repo.getRecord(local(storeId), key))?.data,
    async list(storeId) {
      const out: DataStoreRecord[] = [];
      for (let after: string | undefined; ;) {
        const page = await repo.page(local(storeId), 1000, after);
        for (const r of page) out.push({ key: r.key, data: r.data });
        if (page.length < 1000) return out;
        after = page[page.length - 1]?.key;
      }
    },
    apply: (storeId, writes) =>
      repo.apply(
        local(storeId),
        writes.map((w) => (w.op === 'set' ? { op: 'put', key: w.key, data: w.data } : w)),
      ),
  };
}
