import { addField } from './form-fields';

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder();

function indexOf(hay: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  outer: for (let i = hay.indexOf(first ?? 0, from); i !== -1; i = hay.indexOf(first ?? 0, i + 1)) {
    if (i + needle.length > hay.length) return -1;
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function param(header: string, name: string): string | undefined {
  const m = new RegExp(`;\\s*${name}="([^"]*)"|;\\s*${name}=([^;\\s]*)`, 'i').exec(header);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The boundary of a `multipart/form-data` content type, or undefined. */
export function boundaryOf(contentType: string): string | undefined {
  return param(contentType, 'boundary');
}

/**
 * Fields of a `multipart/form-data` body. Text parts become text; file parts (those with a
 * `filename`) become Make's file collection `{name, mime, data}` with the bytes as binary.
 * Returns undefined when the body does not follow the boundary's framing.
 *
 * @example parseMultipart(bytes, 'XyZ') // { title: 'hi', file: { name: 'a.txt', mime: 'text/plain', data: Uint8Array } }
 */
export function parseMultipart(
  body: Uint8Array,
  boundary: string,
): Record<string, unknown> | undefined {
  const delimiter = new TextEncoder().encode(`--${boundary}`);
  const out: Record<string, unknown> = {};
  let at = indexOf(body, delimiter, 0);
  if (at === -1) return undefined;
  for (;;) {
    let start = at + delimiter.length;
    if (body[start] === 0x2d && body[start + 1] === 0x2d) return out; // closing `--boundary--`
    if (body[start] === 0x0d) start += 2;
    const next = indexOf(body, delimiter, start);
    if (next === -1) return undefined;
    const part = body.subarray(start, Math.max(start, next - 2)); // minus the CRLF before --
    const split = indexOf(part, new Uint8Array([13, 10, 13, 10]), 0);
    if (split === -1) return undefined;
    const head = latin1.decode(part.subarray(0, split));
    const data = part.subarray(split + 4);
    const disposition = /^content-disposition:(.*)$/im.exec(head)?.[1] ?? '';
    const name = param(disposition, 'name');
    if (name !== undefined) {
      const fileName = param(disposition, 'filename');
      const mime = /^content-type:\s*(.*)$/im.exec(head)?.[1]?.trim();
      addField(
        out,
        utf8.decode(latin1Bytes(name)),
        fileName === undefined
          ? utf8.decode(data)
          : {
              name: utf8.decode(latin1Bytes(fileName)),
              mime: mime ?? 'application/octet-stream',
              data: data.slice(),
            },
      );
    }
    at = next;
  }
}

/** Header text was decoded as latin1; names in UTF-8 need their bytes back. */
function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}
