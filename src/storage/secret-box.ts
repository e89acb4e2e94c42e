import { secretProblem } from './errors';
import type { DeviceCryptoKey, EncryptedSecret } from './records';

/**
 * Encrypts a JSON value with AES-GCM (fresh 96-bit IV each time).
 *
 * @example const box = await sealSecret(key, { apiKey: 'k' }); await openSecret(key, box);
 */
export async function sealSecret(key: DeviceCryptoKey, value: unknown): Promise<EncryptedSecret> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  return { iv, data };
}

/** Decrypts what `sealSecret` made; a wrong key or altered bytes give a STORAGE_SECRET error. */
export async function openSecret(key: DeviceCryptoKey, box: EncryptedSecret): Promise<unknown> {
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: box.iv }, key, box.data);
    return JSON.parse(new TextDecoder().decode(plain)) as unknown;
  } catch (e) {
    throw secretProblem(
      'A connection secret could not be decrypted on this device (it was saved under another ' +
        'device key or was altered). Enter the credentials again.',
      e,
    );
  }
}
