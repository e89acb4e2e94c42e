import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { WeftDb } from './db';

/**
 * A fresh in-memory database for Node tests and the benchmark (fake-indexeddb).
 *
 * @example const db = testDb(); await db.open();
 */
export function testDb(name = `t-${Math.random().toString(36).slice(2)}`): WeftDb {
  return new WeftDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** An error shaped like the one IndexedDB raises when the disk quota is reached. */
export function quotaError(): Error {
  const e = new Error('The quota has been exceeded.');
  e.name = 'QuotaExceededError';
  return e;
}
