import { toText } from '../../iml';
import type { FieldSpec } from '../contract';
import { asRecord, defineModule, field } from '../define';
import type { Secret } from './aes-gcm';
import { open, seal } from './aes-gcm';
import { bytesOf, decodeText, encodeBytes, encodingOf } from './bytes';
import { badChoice, missing } from './errors';

const secretFields: FieldSpec[] = [
  field('keyType', 'Key type', 'select', {
    default: 'passphrase',
    options: [
      { value: 'passphrase', label: 'Passphrase (PBKDF2-SHA-256)' },
      { value: 'key', label: 'AES key (hex or base64)' },
    ],
  }),
  field('key', 'Key', 'text', { help: '16, 24 or 32 bytes as hex or base64.' }),
  field('passphrase', 'Passphrase', 'text'),
];

function secretOf(m: Record<string, unknown>): Secret {
  const type = toText(m.keyType).toLowerCase() || 'passphrase';
  if (type === 'passphrase') {
    const passphrase = toText(m.passphrase);
    if (passphrase === '') throw missing('Passphrase');
    return { passphrase };
  }
  if (type !== 'key') throw badChoice('Key type', m.keyType, ['passphrase', 'key']);
  const text = toText(m.key).trim();
  if (text === '') throw missing('Key');
  const hex = /^[0-9a-f]+$/i.test(text) && text.length % 2 === 0;
  return { key: decodeText('Key', text, hex ? 'hex' : 'base64') };
}

/** Encrypt: AES-GCM of text or a file; `data` (binary) and `text` (base64 of the same bytes). */
export const encrypt = defineModule(
  {
    id: 'crypto:Encrypt',
    label: 'Encrypt',
    description: 'Encrypts a text or a file with AES-GCM, using a key or a passphrase.',
    kind: 'transformer',
    mapper: [field('data', 'Data', 'any', { required: true }), ...secretFields],
    output: [
      field('data', 'Encrypted data', 'buffer'),
      field('text', 'Encrypted data (base64)', 'text'),
    ],
  },
  {
    async run(_ctx, input) {
      const m = asRecord(input);
      const sealed = await seal(bytesOf(m.data), secretOf(m));
      return [{ data: sealed, text: encodeBytes(sealed, 'base64') }];
    },
  },
);

/** Decrypt: what Encrypt made (binary, or its base64 text); `data` and its UTF-8 `text`. */
export const decrypt = defineModule(
  {
    id: 'crypto:Decrypt',
    label: 'Decrypt',
    description: 'Decrypts what Encrypt made, with the same key or passphrase.',
    kind: 'transformer',
    mapper: [
      field('data', 'Data', 'any', { required: true, help: 'Binary, or the base64 text.' }),
      ...secretFields,
    ],
    output: [field('data', 'Decrypted data', 'buffer'), field('text', 'Decrypted text', 'text')],
  },
  {
    async run(_ctx, input) {
      const m = asRecord(input);
      const sealed =
        m.data instanceof Uint8Array ? m.data : decodeText('Data', toText(m.data), 'base64');
      const plain = await open(sealed, secretOf(m));
      let text: string | null;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(plain);
      } catch {
        text = null;
      }
      return [{ data: plain, text }];
    },
  },
);

const encodingField = field('encoding', 'Encoding', 'select', {
  default: 'base64',
  options: [
    { value: 'base64', label: 'Base64' },
    { value: 'base64url', label: 'Base64 URL' },
    { value: 'hex', label: 'Hex' },
  ],
});

/** Encode: text or a file as base64, base64url or hex `text`. */
export const encode = defineModule(
  {
    id: 'crypto:Encode',
    label: 'Encode',
    description: 'Encodes a text or a file as base64 or hex.',
    kind: 'transformer',
    mapper: [field('data', 'Data', 'any', { required: true }), encodingField],
    output: [field('text', 'Encoded text', 'text')],
  },
  {
    run(_ctx, input) {
      const m = asRecord(input);
      return [{ text: encodeBytes(bytesOf(m.data), encodingOf('Encoding', m.encoding, 'base64')) }];
    },
  },
);

/** Decode: base64/base64url/hex text back to binary `data` (a file with `fileName` when given). */
export const decode = defineModule(
  {
    id: 'crypto:Decode',
    label: 'Decode',
    description: 'Decodes base64 or hex text into binary data.',
    kind: 'transformer',
    mapper: [
      field('text', 'Text', 'text', { required: true }),
      encodingField,
      field('fileName', 'File name', 'text'),
    ],
    output: [
      field('data', 'Data', 'buffer'),
      field('fileName', 'File name', 'text'),
      field('size', 'Size', 'number'),
    ],
  },
  {
    run(_ctx, input) {
      const m = asRecord(input);
      const data = decodeText('Text', toText(m.text), encodingOf('Encoding', m.encoding, 'base64'));
      const fileName = toText(m.fileName);
      return [{ data, size: data.length, ...(fileName ? { fileName } : {}) }];
    },
  },
);
