import { notEncodable, unknownEncoding } from './errors';

/** Windows-1252's 0x80–0x9F, where it differs from Latin-1 (0 = undefined). */
const CP1252 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  latin1: 'iso-8859-1',
  'iso-8859-1': 'iso-8859-1',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  ascii: 'ascii',
  'us-ascii': 'ascii',
};

/** The canonical name of an encoding this module can write, or a DataError naming `field`. */
export function writableEncoding(field: string, label: string): string {
  const name = ALIASES[label.trim().toLowerCase()];
  if (!name) throw unknownEncoding(field, label);
  return name;
}

/**
 * Text as bytes in an encoding (TextEncoder writes only UTF-8). A character the encoding cannot
 * hold is an error naming `field`, never a silent `?`.
 *
 * @example encodeText('é', 'iso-8859-1', 'Target encoding'); // Uint8Array [0xe9]
 */
export function encodeText(text: string, encoding: string, field: string): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const [a, b] = encoding === 'utf-16le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff];
      out[i * 2] = a;
      out[i * 2 + 1] = b;
    }
    return out;
  }
  const chars = [...text];
  const out = new Uint8Array(chars.length);
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0) ?? 0;
    let byte = -1;
    if (cp < 0x80) byte = cp;
    else if (encoding === 'iso-8859-1' && cp <= 0xff) byte = cp;
    else if (encoding === 'windows-1252') {
      const at = CP1252.indexOf(cp);
      byte = at >= 0 ? 0x80 + at : cp >= 0xa0 && cp <= 0xff ? cp : -1;
    }
    if (byte < 0) throw notEncodable(field, encoding, ch);
    out[i] = byte;
  });
  return out;
}
