import { badKey, decryptFailed } from './errors';

/** PBKDF2-SHA-256 iterations for passphrases (OWASP 2023 guidance). */
export const PBKDF2_ITERATIONS = 600_000;
const SALT = 16;
const IV = 12;

export type Secret = { key: Uint8Array } | { passphrase: string };

const buf = (b: Uint8Array) => b.slice().buffer;

/**
 * The part of WebCrypto used here. The apps also compile under the engine's host globals (no
 * DOM types), so the global is reached through this narrow type; browsers, workers and Node 20
 * all have it.
 */
interface Subtle {
  importKey(f: 'raw', k: ArrayBuffer, a: string, x: boolean, u: string[]): Promise<CryptoKey>;
  deriveKey(a: object, base: CryptoKey, d: object, x: boolean, u: string[]): Promise<CryptoKey>;
  encrypt(a: object, key: CryptoKey, data: ArrayBuffer): Promise<ArrayBuffer>;
  decrypt(a: object, key: CryptoKey, data: ArrayBuffer): Promise<ArrayBuffer>;
}
type CryptoKey = { readonly __cryptoKey: unique symbol };
const subtle = (): Subtle =>
  (globalThis as unknown as { crypto: { subtle: Subtle } }).crypto.subtle;

async function aesKey(secret: Secret, salt: Uint8Array): Promise<CryptoKey> {
  if ('key' in secret) {
    if (![16, 24, 32].includes(secret.key.length)) throw badKey(secret.key.length);
    return subtle().importKey('raw', buf(secret.key), 'AES-GCM', false, ['encrypt', 'decrypt']);
  }
  const base = await subtle().importKey(
    'raw',
    buf(new TextEncoder().encode(secret.passphrase)),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations: PBKDF2_ITERATIONS },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * AES-GCM encryption with WebCrypto. The result is self-contained: with a passphrase,
 * `salt(16) ‖ iv(12) ‖ ciphertext+tag`; with a key, `iv(12) ‖ ciphertext+tag` (ADR 0507).
 *
 * @example const sealed = await seal(bytes, { passphrase: 'pw' });
 */
export async function seal(plain: Uint8Array, secret: Secret): Promise<Uint8Array> {
  const salt = 'key' in secret ? new Uint8Array() : crypto.getRandomValues(new Uint8Array(SALT));
  const iv = crypto.getRandomValues(new Uint8Array(IV));
  const key = await aesKey(secret, salt);
  const cipher = new Uint8Array(
    await subtle().encrypt({ name: 'AES-GCM', iv: buf(iv) }, key, buf(plain)),
  );
  const out = new Uint8Array(salt.length + IV + cipher.length);
  out.set(salt, 0);
  out.set(iv, salt.length);
  out.set(cipher, salt.length + IV);
  return out;
}

/** The plain bytes of what `seal` made with the same secret; a DataError otherwise. */
export async function open(sealed: Uint8Array, secret: Secret): Promise<Uint8Array> {
  const saltLength = 'key' in secret ? 0 : SALT;
  if (sealed.length < saltLength + IV + 16) throw decryptFailed();
  const key = await aesKey(secret, sealed.subarray(0, saltLength));
  const iv = sealed.subarray(saltLength, saltLength + IV);
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: buf(iv) },
      key,
      buf(sealed.subarray(saltLength + IV)),
    );
    return new Uint8Array(plain);
  } catch {
    throw decryptFailed();
  }
}
