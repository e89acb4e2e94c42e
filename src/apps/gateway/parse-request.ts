import { isCollection } from '../../iml';
import { base64ToBytes } from '../../shared/json-values';
import type { StoredRequest } from '../../shared/relay-protocol';
import { badRequestBody } from './errors';
import { parseUrlEncoded } from './form-fields';
import { boundaryOf, parseMultipart } from './multipart';

/** The Custom webhook's options (Make keeps them on the hook: `headers`, `method`, `stringify`). */
export interface WebhookOptions {
  /** Get request headers: `__IMTHEADERS__` as `[{name, value}]`. */
  headers?: boolean;
  /** Get request HTTP method: `__IMTMETHOD__`. */
  method?: boolean;
  /** JSON pass-through: a JSON body arrives unparsed, as text in `value`. */
  stringify?: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function header(request: StoredRequest, name: string): string {
  const found = request.headers.find(([n]) => n.toLowerCase() === name);
  return found ? found[1] : '';
}

function bodyFields(request: StoredRequest, body: Uint8Array, options: WebhookOptions) {
  const type = header(request, 'content-type');
  const mime = type.split(';')[0]?.trim().toLowerCase() ?? '';
  const text = () => {
    try {
      return utf8.decode(body);
    } catch {
      throw badRequestBody(request.eventId, `it is not UTF-8 text (content type ${mime})`);
    }
  };
  if (mime === 'application/json' || mime.endsWith('+json')) {
    if (options.stringify) return { value: text() };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text());
    } catch (e) {
      throw badRequestBody(request.eventId, `invalid JSON (${(e as Error).message})`);
    }
    return isCollection(parsed) ? parsed : { value: parsed };
  }
  if (mime === 'application/x-www-form-urlencoded') return parseUrlEncoded(text());
  if (mime === 'multipart/form-data') {
    const boundary = boundaryOf(type);
    const fields = boundary === undefined ? undefined : parseMultipart(body, boundary);
    if (!fields) throw badRequestBody(request.eventId, 'malformed multipart/form-data');
    return fields;
  }
  if (mime === '' || mime.startsWith('text/') || mime === 'application/xml')
    return { value: text() };
  return { value: body };
}

/**
 * One stored webhook request as Make's gateway makes it a bundle (MAKE-REFERENCE.md §5.2): the
 * body's fields (JSON object, form, multipart; `text/plain` as `value`) merged with the query
 * string's, the query winning on equal names; repeated names become arrays. Options add the
 * headers (`__IMTHEADERS__`) and the method (`__IMTMETHOD__`) after `check` (the data structure)
 * has seen the data.
 *
 * @example
 * parseStoredRequest({ ...req, query: 'a=1', bodyBase64: btoa('{"b":2}'),
 *   headers: [['content-type', 'application/json']] }, {}); // { b: 2, a: '1' }
 */
export function parseStoredRequest(
  request: StoredRequest,
  options: WebhookOptions,
  check: (fields: Record<string, unknown>) => Record<string, unknown> = (f) => f,
): Record<string, unknown> {
  const body = base64ToBytes(request.bodyBase64);
  if (!body) throw badRequestBody(request.eventId, 'bodyBase64 is not base64');
  const fromBody = body.length === 0 ? {} : bodyFields(request, body, options);
  const bundle = check({ ...fromBody, ...parseUrlEncoded(request.query) });
  if (options.headers)
    bundle.__IMTHEADERS__ = request.headers.map(([name, value]) => ({ name, value }));
  if (options.method) bundle.__IMTMETHOD__ = request.method.toUpperCase();
  return bundle;
}
