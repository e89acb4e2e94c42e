import { quotaExceeded } from './errors';

/** True for IndexedDB's "storage full" error, however Dexie wrapped it. */
export function isQuotaError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 4; depth++) {
    const c = cur as { name?: unknown; inner?: unknown; cause?: unknown };
    if (c.name === 'QuotaExceededError') return true;
    cur = c.inner ?? c.cause;
  }
  return false;
}

/**
 * Runs a write (a whole Dexie transaction) and turns "storage full" into a `STORAGE_QUOTA`
 * StorageError. The transaction itself guarantees that nothing of the write stays: an error inside
 * it aborts every table it touched.
 *
 * @example
 * await guardWrite('the execution', () => db.transaction('rw', db.executions, () => ...));
 */
export async function guardWrite<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isQuotaError(e)) throw quotaExceeded(what, e);
    throw e;
  }
}
