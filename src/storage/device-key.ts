import type { WeftDb } from './db';
import type { DeviceCryptoKey } from './records';

const DEVICE_KEY_ID = 'device';

/**
 * The device key for connection secrets: an AES-GCM 256 CryptoKey made non-extractable, so script
 * running in the page can use it but never read its bytes; IndexedDB keeps the CryptoKey object
 * itself (DESIGN.md §7). Made on first use. Two tabs racing here both end up with the first key
 * written: generation happens outside the transaction (WebCrypto would end it), the write inside
 * checks again.
 *
 * @example const key = await deviceKey(db); // same CryptoKey on every later call
 */
export async function deviceKey(db: WeftDb, now = new Date()): Promise<DeviceCryptoKey> {
  const existing = await db.deviceKeys.get(DEVICE_KEY_ID);
  if (existing) return existing.key;
  const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  return db.transaction('rw', db.deviceKeys, async () => {
    const raced = await db.deviceKeys.get(DEVICE_KEY_ID);
    if (raced) return raced.key;
    await db.deviceKeys.add({ id: DEVICE_KEY_ID, key: fresh, createdAt: now.toISOString() });
    return fresh;
  });
}
