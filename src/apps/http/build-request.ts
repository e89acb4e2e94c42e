import { toBoolean, toNumber, toText } from '../../iml';
import type { HttpRequest } from '../contract';
import { asRecord } from '../define';
import type { AuthParts } from './auth';
import { badFormField, badJsonBody, badMethod, badTimeout, badUrl } from './errors';
import { encodeMultipart } from './multipart-body';
import type { FormPart } from './multipart-body';

/** A request in Weft's terms, whichever HTTP module version's fields it came from. */
export interface RequestPlan {
  request: HttpRequest & { timeoutMs: number };
  parseResponse: boolean;
  /** 4xx/5xx fail the module ("Evaluate all states as errors"). */
  errorsOnStatus: boolean;
}

export type BodyKind = 'none' | 'raw' | 'json' | 'urlencoded' | 'multipart';

/** The version-neutral fields the modules map theirs onto. */
export interface RequestFields {
  url: unknown;
  method: unknown;
  headers: unknown;
  query: unknown;
  bodyKind: BodyKind;
  contentType: unknown;
  body: unknown;
  form: unknown;
  timeout: unknown;
  followRedirects: unknown;
  parseResponse: unknown;
  errorsOnStatus: unknown;
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const flag = (v: unknown, fallback: boolean) =>
  v === undefined || v === null || v === '' ? fallback : toBoolean(v);

/** `[{name, value}]` (Make's HTTP pairs; `key` also read) as pairs, blanks dropped. */
function pairs(value: unknown): [string, string][] {
  const out: [string, string][] = [];
  for (const item of Array.isArray(value) ? value : []) {
    const row = asRecord(item);
    const name = toText(row.name ?? row.key).trim();
    if (name !== '') out.push([name, toText(row.value)]);
  }
  return out;
}

function formParts(value: unknown): FormPart[] {
  return (Array.isArray(value) ? value : []).map((item, i) => {
    const row = asRecord(item);
    const name = toText(row.key ?? row.name).trim();
    if (name === '') throw badFormField(i + 1, 'the field needs a key');
    const file =
      row.fieldType === 'file' || row.data instanceof Uint8Array || row.value instanceof Uint8Array;
    if (!file) return { name, value: toText(row.value) };
    const data = row.data ?? row.value;
    const bytes = data instanceof Uint8Array ? data : new TextEncoder().encode(toText(data));
    return {
      name,
      value: bytes,
      fileName: toText(row.fileName) || name,
      mimeType: toText(row.mimeType ?? row.contentType) || undefined,
    };
  });
}

function bodyOf(f: RequestFields): { body?: Uint8Array | string; type?: string } {
  switch (f.bodyKind) {
    case 'none':
      return {};
    case 'json': {
      if (typeof f.body !== 'string')
        return { body: JSON.stringify(f.body ?? null), type: 'application/json' };
      try {
        JSON.parse(f.body);
      } catch (e) {
        throw badJsonBody('Request content', (e as Error).message);
      }
      return { body: f.body, type: 'application/json' };
    }
    case 'raw': {
      const type = toText(f.contentType) || undefined;
      return { body: f.body instanceof Uint8Array ? f.body : toText(f.body), type };
    }
    case 'urlencoded': {
      const params = new URLSearchParams();
      for (const [k, v] of pairs(f.form)) params.append(k, v);
      return { body: params.toString(), type: 'application/x-www-form-urlencoded' };
    }
    case 'multipart': {
      const { body, contentType } = encodeMultipart(formParts(f.form));
      return { body, type: contentType };
    }
  }
}

/**
 * Validates the mapped fields and builds the request: URL with query (the connection's too),
 * headers (the module's win over the connection's, content type set from the body kind unless
 * a header sets it), body, timeout (1–300 s, default 300), redirects.
 *
 * @example buildRequest({ url: 'https://x.test', method: 'get', … }, { headers: [], query: [] });
 */
export function buildRequest(f: RequestFields, auth: AuthParts): RequestPlan {
  let url: URL;
  try {
    url = new URL(toText(f.url).trim());
  } catch {
    throw badUrl(toText(f.url));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badUrl(toText(f.url));
  for (const [k, v] of [...auth.query, ...pairs(f.query)]) url.searchParams.append(k, v);
  const method = (toText(f.method) || 'GET').toUpperCase();
  if (!METHODS.has(method)) throw badMethod(f.method);
  const timeoutRaw =
    f.timeout === undefined || f.timeout === null || f.timeout === '' ? 300 : toNumber(f.timeout);
  if (timeoutRaw === undefined || timeoutRaw < 1 || timeoutRaw > 300) throw badTimeout(f.timeout);
  const { body, type } = method === 'GET' || method === 'HEAD' ? {} : bodyOf(f);
  const headers: [string, string][] = [...auth.headers];
  for (const [k, v] of pairs(f.headers)) {
    const at = headers.findIndex(([n]) => n.toLowerCase() === k.toLowerCase());
    if (at >= 0) headers.splice(at, 1);
    headers.push([k, v]);
  }
  if (type && !headers.some(([n]) => n.toLowerCase() === 'content-type'))
    headers.push(['Content-Type', type]);
  return {
    request: {
      url: url.toString(),
      method,
      headers,
      ...(body === undefined ? {} : { body }),
      timeoutMs: timeoutRaw * 1000,
      followRedirects: flag(f.followRedirects, true),
    },
    parseResponse: flag(f.parseResponse, false),
    errorsOnStatus: flag(f.errorsOnStatus, true),
  };
}
