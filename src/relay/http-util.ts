import type { IncomingMessage, ServerResponse } from 'node:http';
import { relayProblem, type RelayProblem } from './errors';

/** Sends a JSON body (no caching: every relay answer is live state). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  if (res.headersSent || res.destroyed) return;
  const data = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': data.length,
    'cache-control': 'no-store',
  });
  res.end(data);
}

/** Sends a problem as `{ error: { code, message, path? } }`. */
export function sendProblem(res: ServerResponse, p: RelayProblem, headers = {}): void {
  const { status, ...error } = p;
  sendJson(res, status, { error }, headers);
}

/** Sends a short plain-text answer (the ingest side speaks text, as Make's gateway does). */
export function sendText(res: ServerResponse, status: number, text: string, headers = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    ...headers,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

export type BodyResult = { ok: true; body: Buffer } | { ok: false; problem: RelayProblem };

/**
 * Reads the whole request body, failing fast with 413 once it passes `limit` bytes (by
 * Content-Length before reading, or while reading a chunked body).
 *
 * @example const r = await readBody(req, 5 * 1024 * 1024); if (r.ok) r.body.length;
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    return Promise.resolve({ ok: false, problem: relayProblem('RELAY_L001') });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyResult) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      resolve(r);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish({ ok: false, problem: relayProblem('RELAY_L001') });
      else chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => finish({ ok: true, body: Buffer.concat(chunks, size) }));
    req.on('error', () =>
      finish({ ok: false, problem: relayProblem('RELAY_R001', 'Request aborted') }),
    );
    req.on('close', () => {
      if (!req.complete)
        finish({ ok: false, problem: relayProblem('RELAY_R001', 'Request aborted') });
    });
  });
}

/** Reads a JSON object body (API calls are small: 64 KiB cap). */
export async function readJsonObject(
  req: IncomingMessage,
): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; problem: RelayProblem }> {
  const r = await readBody(req, 64 * 1024);
  if (!r.ok) return r;
  if (r.body.length === 0) return { ok: true, value: {} };
  try {
    const value: unknown = JSON.parse(r.body.toString('utf8'));
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return { ok: true, value: value as Record<string, unknown> };
    }
  } catch {
    // falls through to the problem below
  }
  return { ok: false, problem: relayProblem('RELAY_R001', 'Body must be a JSON object') };
}

/**
 * Closes the connection after answering an oversized body, so the rest of it is never read.
 */
export function refuseRest(req: IncomingMessage, res: ServerResponse): void {
  res.once('finish', () => setTimeout(() => req.socket.destroy(), 1000).unref());
  req.resume();
}
