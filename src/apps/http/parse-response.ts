import type { HttpResponse } from '../contract';
import { ModuleError } from '../contract';

const utf8 = new TextDecoder();

/** Content types whose body is text. */
export function isTextType(mime: string): boolean {
  return (
    mime.startsWith('text/') ||
    mime === 'application/json' ||
    mime.endsWith('+json') ||
    mime.endsWith('+xml') ||
    mime === 'application/xml' ||
    mime === 'application/javascript' ||
    mime === 'application/x-www-form-urlencoded'
  );
}

export function headerValue(response: HttpResponse, name: string): string {
  return response.headers.find(([n]) => n.toLowerCase() === name)?.[1] ?? '';
}

/** Response headers as Make's `headers` collection (lower-case names; repeats joined by `, `). */
export function headerCollection(response: HttpResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of response.headers) {
    const k = name.toLowerCase();
    if (k === 'set-cookie') continue;
    out[k] = k in out ? `${out[k]}, ${value}` : value;
  }
  return out;
}

/**
 * The response's `data`: with "parse response", JSON is parsed; text types are text; anything
 * else stays binary (so a downloaded image is bytes, never a mangled string).
 */
export function responseData(response: HttpResponse, parse: boolean): unknown {
  const mime = headerValue(response, 'content-type').split(';')[0]?.trim().toLowerCase() ?? '';
  if (response.body.length === 0) return '';
  if (!isTextType(mime) && mime !== '') return response.body;
  const text = utf8.decode(response.body);
  if (parse && (mime === 'application/json' || mime.endsWith('+json'))) {
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new ModuleError(
        'DataError',
        `Parse response: the answer says it is JSON but is not (${(e as Error).message})`,
      );
    }
  }
  return text;
}

/** Make's HTTP output: `statusCode`, `headers`, `cookieHeaders`, `data`. */
export function httpOutput(response: HttpResponse, parse: boolean): Record<string, unknown> {
  return {
    statusCode: response.status,
    headers: headerCollection(response),
    cookieHeaders: response.headers
      .filter(([n]) => n.toLowerCase() === 'set-cookie')
      .map(([, v]) => v),
    data: responseData(response, parse),
  };
}
