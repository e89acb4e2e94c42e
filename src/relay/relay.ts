import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleApi } from './api';
import type { RelayConfig } from './config';
import { relayProblem } from './errors';
import { sendProblem, sendText } from './http-util';
import { hookPreflight, ingest } from './ingest';
import type { Logger } from './log';
import { createRateLimiter } from './rate-limiter';
import { createResponseWaiters } from './response-waiters';
import { relayPathPattern } from './static-files';
import type { RelayStore } from './store';
import { createStreamHub } from './stream';

const hookPath = /^\/hook\/([^/]{1,128})(?:\/|$)/;

/**
 * The relay's request handling on top of a store: `/hook/*` ingest, `/api/*`, `/healthz`, plus
 * the retention sweep. `handle` answers relay paths and returns false for anything else.
 *
 * @example const relay = createRelay(config, await openSqliteStore(config.dataDir), log);
 */
export function createRelay(config: RelayConfig, store: RelayStore, log: Logger) {
  const hub = createStreamHub({
    store,
    maxInFlight: config.maxInFlight,
    heartbeatMs: config.heartbeatMs,
    log,
  });
  const waiters = createResponseWaiters();
  const rate = createRateLimiter(config.rateLimit, config.rateWindowMs);
  const installRate = createRateLimiter(config.installRateLimit, 60_000);
  const deps = { config, store, hub, waiters, rate, installRate, log };

  async function sweep(): Promise<void> {
    const now = Date.now();
    rate.prune(now);
    installRate.prune(now);
    try {
      const r = await store.sweep(now - config.eventRetentionMs, now - config.hookIdleMs);
      if (r.expiredEvents + r.expiredHooks > 0) log('info', 'retention.swept', { ...r });
    } catch (e) {
      log('error', 'retention.failed', { message: String(e) });
    }
  }
  const sweepTimer = setInterval(() => void sweep(), config.sweepIntervalMs);
  sweepTimer.unref();
  void sweep();

  function apiCors(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    const allowed = origin !== undefined && config.allowedOrigins.includes(origin);
    if (allowed) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
    }
    if (req.method !== 'OPTIONS') return false;
    res.writeHead(204, {
      ...(allowed
        ? {
            'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
            'access-control-allow-headers': 'authorization, content-type, last-event-id',
            'access-control-max-age': '600',
          }
        : {}),
    });
    res.end();
    return true;
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const hook = hookPath.exec(url.pathname);
    if (hook) {
      if (req.method === 'OPTIONS' && req.headers['access-control-request-method'])
        return hookPreflight(req, res);
      return ingest(deps, req, res, url, hook[1] as string);
    }
    if (url.pathname === '/healthz') return sendText(res, 200, 'ok');
    if (apiCors(req, res)) return;
    return handleApi(deps, req, res, url);
  }

  return {
    /** Answers relay paths (`/hook/*`, `/api/*`, `/healthz`); false for anything else. */
    handle(req: IncomingMessage, res: ServerResponse): boolean {
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://relay.invalid');
      } catch {
        sendText(res, 400, 'Bad request');
        return true;
      }
      if (!relayPathPattern.test(url.pathname)) return false;
      route(req, res, url).catch((e: unknown) => {
        log('error', 'request.failed', { path: url.pathname, message: String(e) });
        sendProblem(res, relayProblem('RELAY_S001'));
      });
      return true;
    },
    /** Runs retention now (also runs every `sweepIntervalMs`). */
    sweep,
    async close(): Promise<void> {
      clearInterval(sweepTimer);
      hub.close();
      waiters.close();
      await store.close();
    },
  };
}

export type Relay = ReturnType<typeof createRelay>;
