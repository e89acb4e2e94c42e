import { hmac } from '@noble/hashes/hmac.js';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { toText } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import { bytesOf, encodeBytes, encodingOf } from './bytes';
import { badChoice } from './errors';

const ALGORITHMS = { md5, sha1, sha256, sha512 } as const;
type Algorithm = keyof typeof ALGORITHMS;
const NAMES = Object.keys(ALGORITHMS);

/** Hash: MD5, SHA-1, SHA-256 or SHA-512 of text or a file, HMAC when a key is given. */
export const hash = defineModule(
  {
    id: 'crypto:Hash',
    label: 'Hash',
    description: 'Computes a hash (or an HMAC) of a text or a file.',
    kind: 'transformer',
    mapper: [
      field('data', 'Data', 'any', {
        required: true,
        help: 'Text (hashed as UTF-8) or binary data.',
      }),
      field('algorithm', 'Algorithm', 'select', {
        default: 'sha256',
        options: NAMES.map((n) => ({ value: n, label: n.toUpperCase() })),
      }),
      field('hmacKey', 'HMAC key', 'text', { help: 'Optional: makes it an HMAC with this key.' }),
      field('encoding', 'Output encoding', 'select', {
        default: 'hex',
        options: [
          { value: 'hex', label: 'Hex' },
          { value: 'base64', label: 'Base64' },
          { value: 'base64url', label: 'Base64 URL' },
        ],
      }),
    ],
    output: [field('hash', 'Hash', 'text')],
  },
  {
    run(_ctx, input) {
      const m = asRecord(input);
      const name = (toText(m.algorithm).toLowerCase().replace(/-/g, '') || 'sha256') as Algorithm;
      const fn = ALGORITHMS[name];
      if (!fn) throw badChoice('Algorithm', m.algorithm, NAMES);
      const data = bytesOf(m.data);
      const key =
        m.hmacKey === undefined || m.hmacKey === null || m.hmacKey === ''
          ? undefined
          : bytesOf(m.hmacKey);
      const digest = key ? hmac(fn, key, data) : fn(data);
      return [{ hash: encodeBytes(digest, encodingOf('Output encoding', m.encoding, 'hex')) }];
    },
  },
);
