import type { StoredRequest } from '../../src/bridge/engine-api';

const decodeBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

const formToObject = (params: URLSearchParams) => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of params) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
};

/**
 * The bundle a Custom webhook emits for one stored request: the query parameters, with the
 * body's fields over them (JSON object or form fields). A body that is neither is left out.
 * The apps issue's webhook parser replaces this when it lands; the shape matches Make's basic
 * case (MAKE-OUTPUTS.md: Custom webhook without "get request headers").
 *
 * @example requestBundle({ …, query: 'a=1', bodyBase64: btoa('{"b":2}'), headers: [['content-type','application/json']] })
 * // { a: '1', b: 2 }
 */
export function requestBundle(request: StoredRequest): Record<string, unknown> {
  const bundle = formToObject(new URLSearchParams(request.query));
  if (request.bodyBase64 === '') return bundle;
  const type =
    request.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1].toLowerCase() ??
    '';
  const text = new TextDecoder().decode(decodeBase64(request.bodyBase64));
  if (type.includes('json')) {
    try {
      const body: unknown = JSON.parse(text);
      if (typeof body === 'object' && body !== null && !Array.isArray(body))
        return { ...bundle, ...(body as Record<string, unknown>) };
      return { ...bundle, value: body };
    } catch {
      return bundle;
    }
  }
  if (type.includes('x-www-form-urlencoded'))
    return { ...bundle, ...formToObject(new URLSearchParams(text)) };
  return bundle;
}
