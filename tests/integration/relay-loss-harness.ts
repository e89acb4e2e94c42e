// Zero-loss harness: senders that retry until they get a 2xx (recording exactly which attempts
// were acknowledged), and a browser stand-in that reads the stream, dedupes by event id and acks.
import { http, ack, openStream, type SseReader } from './relay-helpers';

/** Sends `count` webhooks with `concurrency` senders; each attempt has its own key `n:attempt`. */
export async function sendAll(
  url: () => string,
  count: number,
  concurrency: number,
  onOk?: (okCount: number) => void,
): Promise<Set<string> & { failures: number }> {
  const ok = Object.assign(new Set<string>(), { failures: 0 });
  let next = 0;
  async function sender(): Promise<void> {
    while (next < count) {
      const n = next++;
      for (let attempt = 0; ; attempt++) {
        const key = `${n}:${attempt}`;
        try {
          const r = await http(url(), {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ key, pad: 'x'.repeat(200) }),
          });
          if (r.status >= 200 && r.status < 300) {
            ok.add(key);
            onOk?.(ok.size);
            break;
          }
          ok.failures++;
        } catch {
          // Connection refused or reset (relay killed): retry like a webhook sender would.
          ok.failures++;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, sender));
  return ok;
}

/** A browser stand-in: keeps every event by id, acks every `ackEvery`, optionally cuts the stream. */
export function createConsumer(
  base: () => string,
  token: string,
  opts: { ackEvery: number; cutEvery?: number; reconnectOnEnd?: boolean },
) {
  const byId = new Map<string, string>();
  const order: string[] = [];
  let duplicates = 0;
  let lastId: string | undefined;
  let sinceAck = 0;
  let sinceConnect = 0;
  let cuts = 0;
  let reader: SseReader | undefined;
  let stopped = false;
  let acking = Promise.resolve();

  function connect(): void {
    sinceConnect = 0;
    // Alternate: resume with Last-Event-ID (what EventSource does), or start after the last ack
    // (a fresh page load), which re-sends everything unacked and so produces duplicates.
    const useLast = cuts % 2 === 0 ? lastId : undefined;
    const r = openStream(base(), token, {
      lastEventId: useLast,
      onEvent,
      // The relay went away (killed): come back like EventSource does, with Last-Event-ID.
      onEnd: () => {
        if (opts.reconnectOnEnd && !stopped && reader === r) setTimeout(connect, 50);
      },
    });
    reader = r;
  }

  function onEvent(e: { event: string; id: string | undefined; data: string }): void {
    if (e.event !== 'request' || e.id === undefined || stopped) return;
    const { key } = JSON.parse(Buffer.from(JSON.parse(e.data).bodyBase64, 'base64').toString()) as {
      key: string;
    };
    if (byId.has(e.id)) duplicates++;
    else {
      byId.set(e.id, key);
      order.push(e.id);
    }
    lastId = e.id;
    if (++sinceAck >= opts.ackEvery) {
      sinceAck = 0;
      const upTo = e.id;
      acking = acking.then(() =>
        ack(base(), token, upTo).then(
          () => undefined,
          () => undefined,
        ),
      );
    }
    if (opts.cutEvery !== undefined && ++sinceConnect >= opts.cutEvery) {
      const r = reader;
      sinceConnect = -Infinity;
      setImmediate(() => {
        r?.close();
        cuts++;
        if (!stopped) connect();
      });
    }
  }

  return {
    connect,
    get cuts() {
      return cuts;
    },
    get duplicates() {
      return duplicates;
    },
    /** Resolves once every key in `expected` was delivered (or rejects after `timeoutMs`). */
    async waitForAll(expected: Set<string>, timeoutMs: number): Promise<void> {
      const start = Date.now();
      for (;;) {
        const keys = new Set(byId.values());
        if ([...expected].every((k) => keys.has(k))) return;
        if (Date.now() - start > timeoutMs)
          throw new Error(`delivered ${keys.size} of ${expected.size}`);
        // Acks free the window; flush the last partial batch so the tail is sent too.
        if (lastId !== undefined) await ack(base(), token, lastId).catch(() => undefined);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop(): void {
      stopped = true;
      reader?.close();
    },
    /** Event ids in delivery order after dedupe, and the key each carried. */
    delivered: () => ({ order: [...order], byId }),
  };
}

/** Checks zero loss and exactly-once-after-dedupe; returns a summary for the assertion message. */
export function verify(ok: Set<string>, delivered: { order: string[]; byId: Map<string, string> }) {
  const keyToIds = new Map<string, string[]>();
  for (const [id, key] of delivered.byId) keyToIds.set(key, [...(keyToIds.get(key) ?? []), id]);
  const missing = [...ok].filter((k) => !keyToIds.has(k));
  const twice = [...keyToIds].filter(([, ids]) => ids.length > 1).map(([k]) => k);
  const seqs = delivered.order.map((id) => Number(id.split('-')[1]));
  const outOfOrder = seqs.filter((s, i) => i > 0 && s <= (seqs[i - 1] as number)).length;
  return {
    acked: ok.size,
    delivered: delivered.byId.size,
    missing: missing.length,
    twice: twice.length,
    outOfOrder,
  };
}
