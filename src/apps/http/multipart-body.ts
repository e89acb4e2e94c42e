/** One multipart part: text, or a file's bytes. */
export interface FormPart {
  name: string;
  value: string | Uint8Array;
  fileName?: string;
  mimeType?: string;
}

const enc = new TextEncoder();
const quote = (s: string) => s.replace(/["\r\n]/g, (c) => encodeURIComponent(c));

/**
 * A `multipart/form-data` body and its content type.
 *
 * @example encodeMultipart([{ name: 'a', value: '1' }], 'B').contentType; // 'multipart/form-data; boundary=B'
 */
export function encodeMultipart(
  parts: readonly FormPart[],
  boundary = `----weft${crypto.randomUUID().replace(/-/g, '')}`,
): { body: Uint8Array; contentType: string } {
  const chunks: Uint8Array[] = [];
  for (const p of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${quote(p.name)}"`;
    if (p.fileName !== undefined || p.value instanceof Uint8Array) {
      head += `; filename="${quote(p.fileName ?? p.name)}"\r\nContent-Type: ${p.mimeType ?? 'application/octet-stream'}`;
    }
    chunks.push(enc.encode(`${head}\r\n\r\n`));
    chunks.push(typeof p.value === 'string' ? enc.encode(p.value) : p.value);
    chunks.push(enc.encode('\r\n'));
  }
  chunks.push(enc.encode(`--${boundary}--\r\n`));
  const body = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.length;
  }
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
