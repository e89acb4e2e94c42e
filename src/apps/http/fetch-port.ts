import type { HttpPort } from '../contract';
import { browserRequestFailed, networkFailed } from './errors';

/** The part of `fetch` used here (the apps also compile without DOM types). */
interface FetchResponse {
  status: number;
  headers: { forEach(cb: (value: string, name: string) => void): void };
  arrayBuffer(): Promise<ArrayBuffer>;
}
export type FetchFn = (
  url: string,
  init: {
    method: string;
    headers: [string, string][];
    body?: string | Uint8Array;
    redirect: 'follow' | 'manual';
    signal: AbortSignal;
  },
) => Promise<FetchResponse>;

export interface FetchPortOptions {
  /** True in the browser: a failed request gets the CORS explanation (browsers hide the cause). */
  browser: boolean;
  fetch?: FetchFn;
}

function causeOf(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
}

/**
 * The HTTP port over `fetch`, for the engine worker and the CLI (Node 20 has fetch). Redirects
 * follow unless the request says not to; the body comes back as bytes.
 *
 * @example const http = createFetchHttpPort({ browser: false });
 */
export function createFetchHttpPort(options: FetchPortOptions): HttpPort {
  const doFetch = options.fetch ?? (globalThis as unknown as { fetch: FetchFn }).fetch;
  return {
    async send(request, signal) {
      let res: FetchResponse;
      try {
        res = await doFetch(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          redirect: request.followRedirects === false ? 'manual' : 'follow',
          signal,
        });
      } catch (e) {
        if (signal.aborted) throw e;
        throw options.browser
          ? browserRequestFailed(request.url)
          : networkFailed(request.url, causeOf(e));
      }
      const headers: [string, string][] = [];
      res.headers.forEach((value, name) => headers.push([name, value]));
      return { status: res.status, headers, body: new Uint8Array(await res.arrayBuffer()) };
    },
  };
}
