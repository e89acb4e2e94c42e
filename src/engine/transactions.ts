import type {
  DataStoreAccess,
  DataStorePort,
  DataStoreRecord,
  DataStoreWrite,
} from '../apps/contract';

interface Overlay {
  cleared: boolean;
  /** key → pending data, or `null` for a pending delete. */
  values: Map<string, { data: unknown } | null>;
}

/** Data-store access with a journal: writes wait for `flush` (commit) or `discard` (rollback). */
export interface TransactionalDataStores {
  access: DataStoreAccess;
  /** Applies pending writes to the port, store by store, in write order. */
  flush(): Promise<void>;
  discard(): void;
  hasPending(): boolean;
}

/**
 * Wraps the host's data-store port in a transaction (DESIGN.md §5): reads see pending writes,
 * writes are journaled until the engine commits (after each module with auto commit, at the end
 * of the cycle without) or rolls back.
 *
 * @example
 * const tx = createTransactionalDataStores(port);
 * tx.access.set('27969', 'k', { n: 1 }); await tx.access.get('27969', 'k'); // { n: 1 }
 * tx.discard(); // nothing reached the port
 */
export function createTransactionalDataStores(port: DataStorePort): TransactionalDataStores {
  const journal = new Map<string, DataStoreWrite[]>();
  const overlays = new Map<string, Overlay>();

  const overlay = (store: string): Overlay => {
    let o = overlays.get(store);
    if (!o) overlays.set(store, (o = { cleared: false, values: new Map() }));
    return o;
  };
  const write = (store: string, w: DataStoreWrite): void => {
    let list = journal.get(store);
    if (!list) journal.set(store, (list = []));
    list.push(w);
  };

  const access: DataStoreAccess = {
    async get(store, key) {
      const o = overlays.get(store);
      const pending = o?.values.get(key);
      if (pending !== undefined) return pending === null ? undefined : pending.data;
      if (o?.cleared) return undefined;
      return port.get(store, key);
    },
    async list(store) {
      const o = overlays.get(store);
      const base: DataStoreRecord[] = o?.cleared ? [] : await port.list(store);
      if (!o) return base;
      const out = base.filter((r) => !o.values.has(r.key));
      for (const [key, v] of o.values) if (v !== null) out.push({ key, data: v.data });
      return out;
    },
    set(store, key, data) {
      overlay(store).values.set(key, { data });
      write(store, { op: 'set', key, data });
    },
    delete(store, key) {
      overlay(store).values.set(key, null);
      write(store, { op: 'delete', key });
    },
    clear(store) {
      const o = overlay(store);
      o.cleared = true;
      o.values.clear();
      write(store, { op: 'clear' });
    },
  };

  return {
    access,
    async flush() {
      for (const [store, writes] of journal) await port.apply(store, writes);
      journal.clear();
      overlays.clear();
    },
    discard() {
      journal.clear();
      overlays.clear();
    },
    hasPending: () => journal.size > 0,
  };
}
