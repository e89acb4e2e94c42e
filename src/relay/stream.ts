import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  formatEventId,
  parseEventId,
  type HeartbeatData,
  type StoredRequest,
} from '../shared/relay-protocol';
import type { Logger } from './log';
import type { Installation, RelayStore, StoredEvent } from './store';

interface Subscriber {
  installationId: string;
  epoch: string;
  res: ServerResponse;
  /** Highest sequence written to this stream (or skipped by Last-Event-ID / ack). */
  cursor: number;
  /** Sequences written and not yet acknowledged, ascending. */
  inFlight: number[];
  pumping: boolean;
  again: boolean;
  closed: boolean;
}

/** Events read from the store per step: small, so a queue of 5 MiB bodies never piles up here. */
const readBatch = 16;

/**
 * Turns a stored event into the StoredRequest the browser receives (CONTRACTS.md §4).
 *
 * @example toStoredRequest('lx3k9a2b', event).eventId // 'lx3k9a2b-7'
 */
export function toStoredRequest(epoch: string, e: StoredEvent): StoredRequest {
  return {
    eventId: formatEventId(epoch, e.seq),
    hookId: e.hookId,
    method: e.method,
    path: e.path,
    query: e.query,
    headers: e.headers,
    bodyBase64: Buffer.from(e.body.buffer, e.body.byteOffset, e.body.byteLength).toString('base64'),
    receivedAt: new Date(e.receivedAt).toISOString(),
  };
}

/**
 * The SSE side (`GET /api/stream`): one pump per connection that reads committed events after
 * its cursor, writes at most `maxInFlight` unacknowledged events and stops whenever the socket
 * asks to drain, so a subscriber that stops reading costs a bounded amount of memory.
 */
export function createStreamHub(opts: {
  store: RelayStore;
  maxInFlight: number;
  heartbeatMs: number;
  log: Logger;
}) {
  const { store, maxInFlight, heartbeatMs, log } = opts;
  const subs = new Map<string, Set<Subscriber>>();

  const heartbeat = (): string => {
    const data: HeartbeatData = {
      time: new Date().toISOString(),
      intervalSeconds: heartbeatMs / 1000,
    };
    return `event: heartbeat\ndata: ${JSON.stringify(data)}\n\n`;
  };

  async function pump(sub: Subscriber): Promise<void> {
    if (sub.pumping) {
      sub.again = true;
      return;
    }
    sub.pumping = true;
    try {
      do {
        sub.again = false;
        while (!sub.closed && !sub.res.writableNeedDrain) {
          const room = maxInFlight - sub.inFlight.length;
          if (room <= 0) break;
          const events = await store.readAfter(
            sub.installationId,
            sub.cursor,
            Math.min(room, readBatch),
          );
          if (events.length === 0 || sub.closed) break;
          for (const e of events) {
            const data = JSON.stringify(toStoredRequest(sub.epoch, e));
            const ok = sub.res.write(
              `event: request\nid: ${formatEventId(sub.epoch, e.seq)}\ndata: ${data}\n\n`,
            );
            sub.cursor = e.seq;
            sub.inFlight.push(e.seq);
            if (!ok) break;
          }
        }
      } while (sub.again && !sub.closed);
    } catch (e) {
      log('error', 'stream.read_failed', {
        installationId: sub.installationId,
        message: String(e),
      });
      sub.res.destroy();
    } finally {
      sub.pumping = false;
    }
  }

  const timer = setInterval(() => {
    const line = heartbeat();
    for (const set of subs.values()) {
      for (const sub of set) if (!sub.res.writableNeedDrain) sub.res.write(line);
    }
  }, heartbeatMs);
  timer.unref();

  return {
    /** Starts a stream: after `Last-Event-ID` when it names this epoch, else after the last ack. */
    subscribe(
      inst: Installation,
      req: IncomingMessage,
      res: ServerResponse,
      lastEventId: string | undefined,
    ) {
      const last = lastEventId === undefined ? undefined : parseEventId(lastEventId);
      const resumeAt = last && last.epoch === inst.epoch ? Math.min(last.seq, inst.lastSeq) : 0;
      const sub: Subscriber = {
        installationId: inst.id,
        epoch: inst.epoch,
        res,
        cursor: Math.max(inst.ackedSeq, resumeAt),
        inFlight: [],
        pumping: false,
        again: false,
        closed: false,
      };
      req.socket.setNoDelay(true);
      req.socket.setTimeout(0);
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`retry: 2000\n\n${heartbeat()}`);
      let set = subs.get(inst.id);
      if (!set) subs.set(inst.id, (set = new Set()));
      set.add(sub);
      log('info', 'stream.open', { installationId: inst.id, cursor: sub.cursor });
      res.on('drain', () => void pump(sub));
      // A write racing the peer's disconnect must not become an unhandled 'error'.
      res.on('error', () => undefined);
      res.on('close', () => {
        sub.closed = true;
        set.delete(sub);
        if (set.size === 0 && subs.get(inst.id) === set) subs.delete(inst.id);
        log('info', 'stream.close', { installationId: inst.id, cursor: sub.cursor });
      });
      void pump(sub);
    },
    /** New events were committed for this installation. */
    notify(installationId: string): void {
      for (const sub of subs.get(installationId) ?? []) void pump(sub);
    },
    /** The installation acknowledged up to `upTo`: frees window space on its streams. */
    acked(installationId: string, upTo: number): void {
      for (const sub of subs.get(installationId) ?? []) {
        let i = 0;
        while (i < sub.inFlight.length && (sub.inFlight[i] as number) <= upTo) i++;
        sub.inFlight.splice(0, i);
        if (sub.cursor < upTo) sub.cursor = upTo;
        void pump(sub);
      }
    },
    /** Open streams of this installation. */
    streams(installationId: string): number {
      return subs.get(installationId)?.size ?? 0;
    },
    connected(installationId: string): boolean {
      return (subs.get(installationId)?.size ?? 0) > 0;
    },
    close(): void {
      clearInterval(timer);
      for (const set of subs.values()) for (const sub of set) sub.res.end();
      subs.clear();
    },
  };
}

export type StreamHub = ReturnType<typeof createStreamHub>;
