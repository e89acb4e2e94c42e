// Shared by the relay integration tests: an in-process relay on 127.0.0.1 with a temporary data
// folder, a tiny keep-alive HTTP client, and an SSE reader that parses the stream by hand (so the
// tests see exactly the bytes the relay writes).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig, type RelayConfig } from '../../src/relay/config';
import { startServer, type RunningServer } from '../../src/relay/server';
import type { StoredRequest } from '../../src/shared/relay-protocol';

export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'weft-relay-test-'));
}

export interface TestRelay extends RunningServer {
  base: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startTestRelay(
  over: Partial<RelayConfig> = {},
  dataDir = tempDir(),
): Promise<TestRelay> {
  const config: RelayConfig = { ...defaultConfig, port: 0, dataDir, logLevel: 'silent', ...over };
  const running = await startServer({ config, log: () => undefined });
  return {
    ...running,
    base: `http://127.0.0.1:${running.port}`,
    dataDir,
    stop: async () => {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  json<T = Record<string, unknown>>(): T;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One HTTP request; resolves with the whole answer (rejects on connection errors). */
export function http(
  url: string,
  opts: {
    method?: string;
    headers?: Record<string, string | number>;
    body?: Uint8Array | string;
  } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: opts.method ?? 'GET', headers: opts.headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const text = body.toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            text,
            json: <T>() => JSON.parse(text) as T,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

export async function newInstallation(
  base: string,
): Promise<{ installationId: string; token: string }> {
  const r = await http(`${base}/api/installations`, { method: 'POST' });
  if (r.status !== 201) throw new Error(`installation: ${r.status} ${r.text}`);
  return r.json();
}

export async function newHook(
  base: string,
  token: string,
  body: object = {},
): Promise<{ id: string; url: string }> {
  const r = await http(`${base}/api/hooks`, {
    method: 'POST',
    headers: { ...auth(token), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (r.status !== 201) throw new Error(`hook: ${r.status} ${r.text}`);
  return r.json();
}

export async function ack(base: string, token: string, upTo: string): Promise<Reply> {
  return http(`${base}/api/ack`, {
    method: 'POST',
    headers: { ...auth(token), 'content-type': 'application/json' },
    body: JSON.stringify({ upTo }),
  });
}

export interface SseEvent {
  event: string;
  id: string | undefined;
  data: string;
}

export interface SseReader {
  status: Promise<number>;
  events: SseEvent[];
  requests(): StoredRequest[];
  waitFor(pred: (events: SseEvent[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): void;
}

/** Opens `GET /api/stream` and collects events; `onEvent` runs for each as it arrives. */
export function openStream(
  base: string,
  token: string,
  opts: { lastEventId?: string; onEvent?: (e: SseEvent) => void; onEnd?: () => void } = {},
): SseReader {
  const events: SseEvent[] = [];
  const waiters = new Set<() => void>();
  const headers: Record<string, string> = { ...auth(token), accept: 'text/event-stream' };
  if (opts.lastEventId !== undefined) headers['last-event-id'] = opts.lastEventId;
  let setStatus: (s: number) => void = () => undefined;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    opts.onEnd?.();
  };
  const status = new Promise<number>((r) => (setStatus = r));
  const req = request(`${base}/api/stream`, { headers }, (res) => {
    setStatus(res.statusCode ?? 0);
    let buf = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buf += chunk;
      let end: number;
      while ((end = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, end);
        buf = buf.slice(end + 2);
        const e: SseEvent = { event: 'message', id: undefined, data: '' };
        let hasData = false;
        for (const line of block.split('\n')) {
          const i = line.indexOf(':');
          const field = i < 0 ? line : line.slice(0, i);
          const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
          if (field === 'event') e.event = value;
          else if (field === 'id') e.id = value;
          else if (field === 'data') {
            e.data += (hasData ? '\n' : '') + value;
            hasData = true;
          }
        }
        if (!hasData) continue;
        events.push(e);
        opts.onEvent?.(e);
      }
      for (const w of waiters) w();
    });
    res.on('error', () => undefined);
    res.on('close', end);
  });
  req.on('error', () => {
    setStatus(0);
    end();
  });
  req.end();
  return {
    status,
    events,
    requests: () =>
      events.filter((e) => e.event === 'request').map((e) => JSON.parse(e.data) as StoredRequest),
    waitFor(pred, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!pred(events)) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting; have ${events.length} events`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => req.destroy(),
  };
}

export const requestsIn = (events: SseEvent[]) =>
  events.filter((e) => e.event === 'request').length;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
