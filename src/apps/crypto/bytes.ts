import { toText } from '../../iml';
import { base64ToBytes, bytesToBase64 } from '../../shared/json-values';
import { badChoice, badEncoded } from './errors';

export const ENCODINGS = ['base64', 'base64url', 'hex'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Text as UTF-8 bytes, binary as it is. */
export function bytesOf(value: unknown): Uint8Array {
  return value instanceof Uint8Array ? value : new TextEncoder().encode(toText(value));
}

export function encodingOf(field: string, value: unknown, fallback: Encoding): Encoding {
  const e = toText(value).toLowerCase() || fallback;
  if (!(ENCODINGS as readonly string[]).includes(e)) throw badChoice(field, value, ENCODINGS);
  return e as Encoding;
}

/**
 * Bytes as base64, base64url (no padding) or lower-case hex.
 *
 * @example encodeBytes(new Uint8Array([255]), 'hex'); // 'ff'
 */
export function encodeBytes(bytes: Uint8Array, encoding: Encoding): string {
  if (encoding === 'hex') {
    let s = '';
    for (const b of bytes) s += b.toString(16).padStart(2, '0');
    return s;
  }
  const b64 = bytesToBase64(bytes);
  return encoding === 'base64'
    ? b64
    : b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of encoded text; a DataError naming `field` when it is not valid. */
export function decodeText(field: string, text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'hex') {
    const clean = text.replace(/\s+/g, '');
    if (clean.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(clean)) throw badEncoded(field, 'hex');
    const out = new Uint8Array(clean.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
    return out;
  }
  const bytes = base64ToBytes(text);
  if (!bytes) throw badEncoded(field, encoding);
  return bytes;
}
