/** md5, sha1, sha256, sha512 with output encodings and HMAC keys (@noble/hashes, synchronous). */
import { hmac } from '@noble/hashes/hmac.js';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import type { CHash } from '@noble/hashes/utils.js';
import { toText } from '../coercion';
import { isNil } from './args';
import { defineFunctions } from './define';
import { bytesOf, encodeBytes } from './encoding';

type Hash = CHash;

function digest(name: string, hash: Hash, args: unknown[]): string {
  const [value, encoding, key, keyEncoding] = args;
  const data = bytesOf(value, 'utf8', name);
  const enc = isNil(encoding) ? 'hex' : toText(encoding);
  if (isNil(key) || key === '') return encodeBytes(hash(data), enc, name);
  const keyBytes = bytesOf(key, isNil(keyEncoding) ? 'text' : toText(keyEncoding), name);
  return encodeBytes(hmac(hash, keyBytes, data), enc, name);
}

const hashFn = (name: string, hash: Hash, example: string, withKey: boolean) => ({
  name,
  categories: ['text' as const],
  signature: withKey ? `${name}(text; [encoding]; [key]; [key encoding])` : `${name}(text)`,
  help: withKey
    ? `${name.toUpperCase()} digest: encoding hex (default), base64 or latin1; with a key, an HMAC (key encoding text, hex, base64 or binary).`
    : 'MD5 digest in hex.',
  example,
  minArgs: 1,
  maxArgs: withKey ? 4 : 1,
  impl: (args: unknown[]) => digest(name, hash, args),
});

export const hashFunctions = defineFunctions([
  hashFn('md5', md5, 'md5(Make) → 529a05ca6c1263aab080ec4f20754411', false),
  hashFn('sha1', sha1, 'sha1(Make) → a94431ee22f05f141107f9355ed3127d0f0c4d5a', true),
  hashFn(
    'sha256',
    sha256,
    'sha256(Make) → ccdd25d4230fb997a7ee1166f8afabd157248eb812ea55ec7c3d1b7c8af7fa11',
    true,
  ),
  hashFn('sha512', sha512, 'sha512(Make; base64) → base64 digest', true),
]);
