import type { HeartbeatData, StoredRequest } from '../../shared/relay-protocol';
import type { RelayAccount } from './relay-api';
import { relayApi } from './relay-api';
import { createSseParser } from './sse-parser';

export type RelayStreamStatus =
  | { state: 'connecting' }
  | { state: 'open' }
  | { state: 'waiting'; retryInMs: number; reason: string }
  | { state: 'stopped'; reason?: string };

export interface RelayStreamOptions {
  account: RelayAccount;
  /**
   * Stores a batch of requests durably (the IndexedDB inbox, one transaction, deduped by event
   * id). Only after it resolves is the batch acknowledged, so the relay deletes nothing that is
   * not safe here: delivery is at least once.
   */
  store(requests: StoredRequest[]): Promise<void>;
  onStatus?(status: RelayStreamStatus): void;
  fetch?: typeof fetch;
  /** Injectable for tests: timers and jitter. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
  random?: () => number;
}

const MAX_BACKOFF_MS = 30_000;
/** A stream without any bytes for this many heartbeat intervals is taken as dead. */
const HEARTBEAT_SLACK = 2.5;

/**
 * Holds the relay's event stream (`GET /api/stream`, CONTRACTS.md §5) for the leader tab: parses
 * the Server-Sent Events, stores each batch of requests, then acks it. Reconnects with capped,
 * jittered exponential backoff; a silent stream (no heartbeat, e.g. a sleeping laptop or a dead
 * proxy) is cut and reopened. Resumes with `Last-Event-ID` of the last *stored* event.
 *
 * @example
 * const s = createRelayStream({ account, store: (reqs) => inbox.add(reqs).then(() => undefined) });
 * s.start(); … await s.stop();
 */
export function createRelayStream(opts: RelayStreamOptions) {
  const fetchFn = opts.fetch ?? fetch.bind(globalThis);
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((id) => clearTimeout(id as number));
  const random = opts.random ?? Math.random;
  const api = relayApi(opts.account, fetchFn);
  let stopped = true;
  let controller: AbortController | undefined;
  let lastStored: string | undefined;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  const status = (s: RelayStreamStatus) => opts.onStatus?.(s);

  async function connectOnce(): Promise<void> {
    controller = new AbortController();
    const signal = controller.signal;
    const headers: Record<string, string> = {
      authorization: `Bearer ${opts.account.token}`,
      accept: 'text/event-stream',
    };
    if (lastStored) headers['last-event-id'] = lastStored;
    status({ state: 'connecting' });
    const res = await fetchFn(new URL('/api/stream', opts.account.baseUrl).toString(), {
      headers,
      signal,
    });
    if (res.status === 401) throw new Unauthorized();
    if (!res.ok || !res.body) throw new Error(`the relay answered ${res.status}`);
    status({ state: 'open' });

    let silenceMs = 15_000 * HEARTBEAT_SLACK;
    let watchdog: unknown;
    const armWatchdog = () => {
      if (watchdog !== undefined) clearTimer(watchdog);
      watchdog = setTimer(
        () => controller?.abort(new Error('no heartbeat from the relay')),
        silenceMs,
      );
    };
    let pending: StoredRequest[] = [];
    let chain = Promise.resolve();
    let failure: unknown;
    const flush = () => {
      const batch = pending;
      pending = [];
      if (batch.length === 0) return;
      chain = chain.then(async () => {
        if (failure) return;
        try {
          await opts.store(batch);
          lastStored = batch[batch.length - 1]!.eventId;
          const acked = await api.ack(lastStored);
          if (!acked.ok) throw new Error(acked.error.message);
        } catch (e) {
          // Not stored or not acked: drop the connection; the relay sends it again.
          failure = e;
          controller?.abort(e);
        }
      });
    };
    const parser = createSseParser((e) => {
      if (e.event === 'heartbeat') {
        const hb = safeJson<HeartbeatData>(e.data);
        if (hb && hb.intervalSeconds > 0) silenceMs = hb.intervalSeconds * 1000 * HEARTBEAT_SLACK;
        return;
      }
      if (e.event !== 'request') return;
      const req = safeJson<StoredRequest>(e.data);
      if (req && typeof req.eventId === 'string') pending.push(req);
    });
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    armWatchdog();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        armWatchdog();
        parser.push(value);
        flush();
      }
    } catch (e) {
      failure ??= e;
    }
    if (watchdog !== undefined) clearTimer(watchdog);
    flush();
    await chain;
    if (failure) throw failure;
  }

  async function run(): Promise<void> {
    let attempt = 0;
    while (!stopped) {
      try {
        await connectOnce();
        attempt = 0; // the relay closed a healthy stream: reconnect at once
      } catch (e) {
        if (stopped) break;
        if (e instanceof Unauthorized) {
          stopped = true;
          status({ state: 'stopped', reason: 'The relay no longer knows this browser (401).' });
          break;
        }
        const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempt) * (0.5 + random() / 2);
        attempt++;
        status({ state: 'waiting', retryInMs: Math.round(delay), reason: messageOf(e) });
        await new Promise<void>((resolve) => {
          const id = setTimer(resolve, delay);
          wake = () => {
            clearTimer(id);
            resolve();
          };
        });
        wake = undefined;
      }
    }
  }

  return {
    start(): void {
      if (!stopped) return;
      stopped = false;
      loop = run();
    },
    async stop(): Promise<void> {
      stopped = true;
      controller?.abort(new Error('stopped'));
      wake?.();
      await loop;
      status({ state: 'stopped' });
    },
    /** The id of the last request stored and acknowledged in this session. */
    lastStoredEventId: () => lastStored,
  };
}

class Unauthorized extends Error {}

function safeJson<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
