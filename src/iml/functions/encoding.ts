/** Text ↔ bytes in the encodings Make's text and binary functions name. */
import { base64ToBytes, bytesToBase64 } from '../../shared/json-values';
import { describe, fail, invalidArgument, notBinary } from '../errors';
import { toText } from '../coercion';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const utf8Bytes = (s: string): Uint8Array => encoder.encode(s);
export const utf8Text = (b: Uint8Array): string => decoder.decode(b);

export function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

function latin1Text(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

function hexBytes(text: string, fn: string): Uint8Array {
  const clean = text.replace(/[\s:]/g, '');
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(clean)) {
    return fail(invalidArgument(`${fn}() got text that is not hexadecimal.`));
  }
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Bytes of a value read in `encoding` (utf8 default, base64, hex, latin1/binary/ascii). */
export function bytesOf(value: unknown, encoding: string, fn: string): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Date) &&
    !Array.isArray(value)
  ) {
    return fail(notBinary(`${fn}() cannot turn ${describe(value)} into binary data.`));
  }
  const text = toText(value);
  switch (encoding.toLowerCase()) {
    case '':
    case 'utf8':
    case 'utf-8':
    case 'text':
      return utf8Bytes(text);
    case 'base64': {
      const b = base64ToBytes(text);
      return b ?? fail(invalidArgument(`${fn}() got text that is not base64.`));
    }
    case 'hex':
      return hexBytes(text, fn);
    case 'latin1':
    case 'binary':
    case 'ascii':
    case 'iso-8859-1':
      return latin1Bytes(text);
    default:
      return fail(invalidArgument(`${fn}() does not know the encoding '${encoding}'.`));
  }
}

/** Bytes written as text in `encoding` (hex default for hashes; base64; latin1/binary). */
export function encodeBytes(bytes: Uint8Array, encoding: string, fn: string): string {
  switch (encoding.toLowerCase()) {
    case '':
    case 'hex':
      return hex(bytes);
    case 'base64':
      return bytesToBase64(bytes);
    case 'latin1':
    case 'binary':
      return latin1Text(bytes);
    case 'utf8':
    case 'utf-8':
      return utf8Text(bytes);
    default:
      return fail(invalidArgument(`${fn}() does not know the encoding '${encoding}'.`));
  }
}
