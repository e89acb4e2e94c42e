import { ModuleError, type HttpPort, type HttpRequest } from '../../src/apps/contract';

/** A body `fetch` accepts: text as is, bytes on an ArrayBuffer (a shared buffer is copied). */
const bodyOf = (r: HttpRequest): string | Uint8Array<ArrayBuffer> | undefined =>
  r.body === undefined || typeof r.body === 'string'
    ? r.body
    : r.body.buffer instanceof ArrayBuffer
      ? (r.body as Uint8Array<ArrayBuffer>)
      : new Uint8Array(r.body);

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * HTTP for modules through the worker's `fetch` (CORS applies, DESIGN.md §2). A request that
 * cannot be made is a ConnectionError, one that passes `timeoutMs` a ModuleTimeoutError (Make's
 * types, so incomplete executions retry them); an aborted run stays an abort.
 *
 * @example await httpPort(fetch).send({ url, method: 'GET', headers: [] }, signal)
 */
export function httpPort(fetchFn: Fetch): HttpPort {
  return {
    async send(request, signal) {
      const timeout = request.timeoutMs ? AbortSignal.timeout(request.timeoutMs) : null;
      const both = timeout ? AbortSignal.any([signal, timeout]) : signal;
      let res: Response;
      try {
        res = await fetchFn(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.method === 'GET' || request.method === 'HEAD' ? undefined : bodyOf(request),
          signal: both,
        });
        const body = new Uint8Array(await res.arrayBuffer());
        const headers: [string, string][] = [];
        res.headers.forEach((value, name) => headers.push([name, value]));
        return { status: res.status, headers, body };
      } catch (e) {
        if (signal.aborted) throw e;
        if (timeout?.aborted)
          throw new ModuleError(
            'ModuleTimeoutError',
            `${request.method} ${request.url} took longer than ${request.timeoutMs} ms`,
          );
        const why = e instanceof Error ? e.message : String(e);
        throw new ModuleError('ConnectionError', `${request.method} ${request.url} failed: ${why}`);
      }
    },
  };
}
