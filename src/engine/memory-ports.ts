import type { CounterPort, DataStorePort, DataStoreRecord } from '../apps/contract';

/** In-memory data stores: the CLI's, and the default when a host gives none. */
export interface MemoryDataStores extends DataStorePort {
  /** Every store's records, by store id, in insertion order. */
  snapshot(): Record<string, DataStoreRecord[]>;
}

/**
 * Data stores held in a Map, seeded from `{storeId: [{key, data}]}`.
 *
 * @example const ds = createMemoryDataStores({ '27969': [{ key: 'a', data: { n: 1 } }] });
 */
export function createMemoryDataStores(
  seed: Record<string, readonly DataStoreRecord[]> = {},
): MemoryDataStores {
  const stores = new Map<string, Map<string, unknown>>();
  const store = (id: string) => {
    let s = stores.get(id);
    if (!s) stores.set(id, (s = new Map()));
    return s;
  };
  for (const [id, records] of Object.entries(seed))
    for (const r of records) store(id).set(r.key, r.data);
  return {
    get: (id, key) => stores.get(id)?.get(key),
    list: (id) =>
      [...(stores.get(id) ?? new Map<string, unknown>())].map(([key, data]) => ({ key, data })),
    apply(id, writes) {
      const s = store(id);
      for (const w of writes) {
        if (w.op === 'set') s.set(w.key, w.data);
        else if (w.op === 'delete') s.delete(w.key);
        else s.clear();
      }
    },
    snapshot() {
      const out: Record<string, DataStoreRecord[]> = {};
      for (const [id, s] of stores) out[id] = [...s].map(([key, data]) => ({ key, data }));
      return out;
    },
  };
}

/** Counters in memory (they survive runs only as long as this object). */
export function createMemoryCounters(): CounterPort {
  const counters = new Map<string, number>();
  return {
    increment(key) {
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      return n;
    },
  };
}
