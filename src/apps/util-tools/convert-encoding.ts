import { toText } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import { notDecodable, unknownEncoding } from './errors';
import { encodeText, writableEncoding } from './text-encodings';

function decodeBytes(bytes: Uint8Array, label: string): string {
  let decoder: { decode(bytes: Uint8Array): string };
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw unknownEncoding('Source encoding', label);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw notDecodable('Data', label);
  }
}

const ENCODING_OPTIONS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'iso-8859-1',
  'windows-1252',
  'ascii',
].map((v) => ({ value: v, label: v.toUpperCase() }));

/**
 * Convert text encoding: binary in the source encoding (any the WHATWG Encoding standard knows)
 * or text, rewritten in the target encoding; `data` (binary) and `text` out.
 */
export const convertEncoding = defineModule(
  {
    id: 'util:ConvertEncoding',
    label: 'Convert text encoding',
    description: 'Converts text or binary data from one character encoding to another.',
    kind: 'transformer',
    mapper: [
      field('data', 'Data', 'any', { required: true, help: 'Binary data, or text.' }),
      field('sourceEncoding', 'Source encoding', 'select', {
        default: 'utf-8',
        options: ENCODING_OPTIONS,
      }),
      field('targetEncoding', 'Target encoding', 'select', {
        default: 'utf-8',
        options: ENCODING_OPTIONS,
      }),
    ],
    output: [field('data', 'Data', 'buffer'), field('text', 'Text', 'text')],
  },
  {
    run(_ctx, input) {
      const m = asRecord(input);
      const source = toText(m.sourceEncoding) || 'utf-8';
      const target = writableEncoding('Target encoding', toText(m.targetEncoding) || 'utf-8');
      const text = m.data instanceof Uint8Array ? decodeBytes(m.data, source) : toText(m.data);
      return [{ data: encodeText(text, target, 'Target encoding'), text }];
    },
  },
);
