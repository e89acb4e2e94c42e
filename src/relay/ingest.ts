import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatEventId } from '../shared/relay-protocol';
import type { RelayConfig } from './config';
import { relayProblem, type RelayProblem } from './errors';
import { readBody, refuseRest, sendText } from './http-util';
import type { Logger } from './log';
import type { RateLimiter } from './rate-limiter';
import type { ResponseWaiters } from './response-waiters';
import type { RelayStore } from './store';
import type { StreamHub } from './stream';

/** Framing headers that describe this hop only; everything else is kept, in order. */
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'proxy-connection',
]);

export const corsHook = { 'access-control-allow-origin': '*' };

/**
 * The request's headers as stored: names lower-cased, order and repeats kept, hop-by-hop dropped.
 *
 * @example storedHeaders(['Content-Type', 'a/b', 'Connection', 'close']) // [['content-type', 'a/b']]
 */
export function storedHeaders(raw: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] as string).toLowerCase();
    if (!hopByHop.has(name)) out.push([name, raw[i + 1] as string]);
  }
  return out;
}

/**
 * Path and query exactly as the sender wrote them (the URL parser would resolve dot segments and
 * re-encode the query); absolute-form targets fall back to the parsed URL.
 *
 * @example rawTarget('/hook/a?x=%7B"', url) // { path: '/hook/a', query: 'x=%7B"' }
 */
export function rawTarget(target: string, url: URL): { path: string; query: string } {
  if (!target.startsWith('/')) return { path: url.pathname, query: url.search.slice(1) };
  const q = target.indexOf('?');
  return q < 0
    ? { path: target, query: '' }
    : { path: target.slice(0, q), query: target.slice(q + 1) };
}

export interface IngestDeps {
  config: RelayConfig;
  store: RelayStore;
  hub: StreamHub;
  waiters: ResponseWaiters;
  rate: RateLimiter;
  log: Logger;
}

function refuse(res: ServerResponse, p: RelayProblem, headers: Record<string, string> = {}): void {
  sendText(res, p.status, p.message, { ...corsHook, 'x-weft-error': p.code, ...headers });
}

/**
 * `ANY /hook/<id>[/…]`: stores the request durably, then answers `200 Accepted` (or, in
 * response mode with a browser connected, whatever the scenario answers in time).
 */
export async function ingest(
  deps: IngestDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  hookId: string,
) {
  const { config, store, hub, waiters, rate, log } = deps;
  const hook = await store.hook(hookId);
  if (!hook) return refuse(res, relayProblem('RELAY_N001', 'Unknown webhook'));
  if (hook.deletedAt !== null)
    return refuse(res, relayProblem('RELAY_N002', 'This webhook was deleted'));
  const receivedAt = Date.now();
  const waitMs = rate.take(hookId, receivedAt);
  if (waitMs > 0) {
    log('debug', 'hook.rate_limited', { hookId });
    return refuse(res, relayProblem('RELAY_L003'), {
      'retry-after': String(Math.ceil(waitMs / 1000)),
    });
  }
  const body = await readBody(req, config.maxBodyBytes);
  if (!body.ok) {
    if (body.problem.code === 'RELAY_L001') {
      log('info', 'hook.too_large', { hookId });
      refuseRest(req, res);
      return refuse(res, body.problem, { connection: 'close' });
    }
    res.destroy();
    return;
  }
  if (store.queued(hookId) >= config.queueCap) {
    log('info', 'hook.queue_full', { hookId });
    return refuse(res, relayProblem('RELAY_L002'));
  }
  let seq: number;
  try {
    seq = await store.append({
      installationId: hook.installationId,
      hookId,
      receivedAt,
      method: req.method ?? 'GET',
      ...rawTarget(req.url ?? '/', url),
      headers: storedHeaders(req.rawHeaders),
      body: body.body,
    });
  } catch (e) {
    log('error', 'hook.store_failed', { hookId, message: String(e) });
    return refuse(res, relayProblem('RELAY_S001'));
  }
  const eventId = formatEventId(hook.epoch, seq);
  log('debug', 'hook.stored', { hookId, eventId, bytes: body.body.length });
  hub.notify(hook.installationId);
  const accepted = () => sendText(res, 200, 'Accepted', corsHook);
  if (hook.respondTimeoutMs !== null && hub.connected(hook.installationId) && !res.destroyed) {
    const timeout = Math.min(hook.respondTimeoutMs, config.respondTimeoutMaxMs);
    waiters.wait(hook.installationId, eventId, res, timeout, accepted);
  } else {
    accepted();
  }
}

/** `OPTIONS /hook/…`: CORS preflight, open to every origin as Make's gateway is. */
export function hookPreflight(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(204, {
    ...corsHook,
    'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
    'access-control-max-age': '86400',
  });
  res.end();
}
