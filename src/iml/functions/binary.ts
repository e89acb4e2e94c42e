/** Binary-aware functions: base64, toBinary, toString, length. */
import { bytesToBase64 } from '../../shared/json-values';
import { isCollection, toText } from '../coercion';
import { isNil } from './args';
import { defineFunctions } from './define';
import { bytesOf, encodeBytes } from './encoding';

export const binaryFunctions = defineFunctions([
  {
    name: 'base64',
    categories: ['text'],
    signature: 'base64(text or binary)',
    help: 'Base64 of the text (UTF-8) or of the binary data.',
    example: 'base64(Make) → TWFrZQ==',
    minArgs: 1,
    maxArgs: 1,
    impl: ([v]) => bytesToBase64(bytesOf(v, 'utf8', 'base64')),
  },
  {
    name: 'toBinary',
    categories: ['text'],
    signature: 'toBinary(value; [encoding])',
    help: 'Binary data from text read in the encoding: utf8 (default), base64, hex or latin1.',
    example: 'toBinary(TWFrZQ==; base64) → 4d 61 6b 65',
    minArgs: 1,
    maxArgs: 2,
    impl: ([v, enc]) => bytesOf(v, isNil(enc) ? 'utf8' : toText(enc), 'toBinary'),
  },
  {
    name: 'toString',
    categories: ['text'],
    signature: 'toString(value; [encoding])',
    help: 'Any value as text; binary data is read as UTF-8 unless an encoding (base64, hex, latin1) is given.',
    example: 'toString(toBinary(TWFrZQ==; base64)) → Make',
    minArgs: 1,
    maxArgs: 2,
    impl: ([v, enc]) =>
      v instanceof Uint8Array && !isNil(enc) ? encodeBytes(v, toText(enc), 'toString') : toText(v),
  },
  {
    name: 'length',
    categories: ['text', 'array'],
    signature: 'length(text, binary or array)',
    help: 'Characters of text, bytes of binary data, or items of an array.',
    example: 'length(Make) → 4',
    minArgs: 1,
    maxArgs: 1,
    impl: ([v]) => {
      if (Array.isArray(v) || v instanceof Uint8Array) return v.length;
      if (isCollection(v)) return Object.keys(v).length;
      return toText(v).length;
    },
  },
]);
