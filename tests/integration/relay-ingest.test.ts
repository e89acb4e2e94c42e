// Ingest over real HTTP: exact bytes (hash compare), methods, query and headers, ordering, and
// every limit and status code of CONTRACTS.md §5.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  http,
  newHook,
  newInstallation,
  openStream,
  requestsIn,
  sha256,
  startTestRelay,
  type TestRelay,
} from './relay-helpers';

let relay: TestRelay;
beforeAll(async () => {
  relay = await startTestRelay({ maxBodyBytes: 1024 * 1024, queueCap: 5, rateLimit: 1_000 });
});
afterAll(() => relay.stop());

describe('ingest keeps the exact request', () => {
  it('stores bodies byte for byte: JSON, malformed JSON, binary, multipart, empty', async () => {
    const big = await startTestRelay({ queueCap: 100 });
    const inst = await newInstallation(big.base);
    const hook = await newHook(big.base, inst.token);
    const form = new FormData();
    form.append('field', 'välue');
    form.append(
      'file',
      new Blob([randomBytes(3000)], { type: 'application/octet-stream' }),
      'x.bin',
    );
    const multipart = new Request('http://x', { method: 'POST', body: form });
    const bodies: [string, Buffer][] = [
      ['application/json', Buffer.from('{"a":1,"ü":"\\u00fc"}')],
      ['application/json', Buffer.from('{"broken": ')],
      ['application/octet-stream', randomBytes(2 * 1024 * 1024 + 7)],
      [multipart.headers.get('content-type') as string, Buffer.from(await multipart.arrayBuffer())],
      ['text/plain', Buffer.alloc(0)],
    ];
    for (const [type, body] of bodies) {
      const r = await http(hook.url, { method: 'POST', headers: { 'content-type': type }, body });
      expect([r.status, r.text, r.headers['access-control-allow-origin']]).toEqual([
        200,
        'Accepted',
        '*',
      ]);
    }
    const stream = openStream(big.base, inst.token);
    await stream.waitFor((ev) => requestsIn(ev) === bodies.length);
    const got = stream.requests();
    expect(got.map((g) => sha256(Buffer.from(g.bodyBase64, 'base64')))).toEqual(
      bodies.map(([, b]) => sha256(b)),
    );
    expect(got.map((g) => g.headers.find(([n]) => n === 'content-type')?.[1])).toEqual(
      bodies.map(([t]) => t),
    );
    stream.close();
    await big.stop();
  });

  it('keeps method, path, raw query and headers (lower-cased, in order, repeats kept)', async () => {
    const { token } = await newInstallation(relay.base);
    const hook = await newHook(relay.base, token);
    const sent: string[] = [];
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      const r = await new Promise<number>((resolve, reject) => {
        // A raw request target: a URL string would be re-encoded by the client itself.
        const path = `/hook/${hook.id}/deep/path?b=2&a=%20x&a=y&c="q"`;
        const req = request({ host: '127.0.0.1', port: relay.port, path, method }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        const body = method === 'GET' ? '' : `body-${method}`;
        req.setHeader('X-Custom', 'One');
        req.setHeader('x-multi', ['1', '2']);
        // Node's client frames DELETE bodies only with an explicit length.
        req.setHeader('content-length', body.length);
        req.end(body);
      });
      expect(r).toBe(200);
      sent.push(method);
    }
    const stream = openStream(relay.base, token);
    await stream.waitFor((ev) => requestsIn(ev) === 5);
    const got = stream.requests();
    expect(got.map((g) => g.method)).toEqual(sent);
    expect(got.map((g) => Buffer.from(g.bodyBase64, 'base64').toString())).toEqual(
      sent.map((m) => (m === 'GET' ? '' : `body-${m}`)),
    );
    for (const g of got) {
      expect(g.path).toBe(`/hook/${hook.id}/deep/path`);
      expect(g.query).toBe('b=2&a=%20x&a=y&c="q"');
      expect(g.hookId).toBe(hook.id);
      expect(g.headers.filter(([n]) => n.startsWith('x-'))).toEqual([
        ['x-custom', 'One'],
        ['x-multi', '1'],
        ['x-multi', '2'],
      ]);
      expect(g.headers.some(([n]) => n === 'connection')).toBe(false);
      expect(new Date(g.receivedAt).toISOString()).toBe(g.receivedAt);
    }
    stream.close();
  });

  it('delivers in sequence order; event ids are <epoch>-<seq> and increase by one', async () => {
    const r = await startTestRelay({ queueCap: 1000 });
    const { token } = await newInstallation(r.base);
    const hooks = [await newHook(r.base, token), await newHook(r.base, token)];
    for (let i = 0; i < 60; i++) {
      await http((hooks[i % 2] as { url: string }).url, { method: 'POST', body: String(i) });
    }
    const stream = openStream(r.base, token);
    await stream.waitFor((ev) => requestsIn(ev) === 60);
    const got = stream.requests();
    expect(got.map((g) => Buffer.from(g.bodyBase64, 'base64').toString())).toEqual(
      Array.from({ length: 60 }, (_, i) => String(i)),
    );
    const ids = got.map((g) => /^([0-9a-z]+)-(\d+)$/.exec(g.eventId));
    expect(new Set(ids.map((m) => m?.[1])).size).toBe(1);
    expect(ids.map((m) => Number(m?.[2]))).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    stream.close();
    await r.stop();
  });
});

describe('limits', () => {
  it('answers 413 above the body limit, by Content-Length and while reading a chunked body', async () => {
    const { token } = await newInstallation(relay.base);
    const hook = await newHook(relay.base, token);
    const declared = await http(hook.url, { method: 'POST', body: Buffer.alloc(1024 * 1024 + 1) });
    expect(declared.status).toBe(413);
    expect(declared.headers['x-weft-error']).toBe('RELAY_L001');
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(
        hook.url,
        { method: 'POST', headers: { 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 20; i++) req.write(Buffer.alloc(64 * 1024));
      req.end();
    });
    expect(chunked).toBe(413);
    const exact = await http(hook.url, { method: 'POST', body: Buffer.alloc(1024 * 1024) });
    expect(exact.status).toBe(200);
  });

  it('answers 400 "Queue is full" above the per-hook queue cap, and accepts again after an ack', async () => {
    const { token } = await newInstallation(relay.base);
    const hook = await newHook(relay.base, token);
    const other = await newHook(relay.base, token);
    for (let i = 0; i < 5; i++)
      expect((await http(hook.url, { method: 'POST', body: 'x' })).status).toBe(200);
    const full = await http(hook.url, { method: 'POST', body: 'x' });
    expect([full.status, full.text]).toEqual([400, 'Queue is full']);
    expect((await http(other.url, { method: 'POST', body: 'x' })).status).toBe(200);
    const stream = openStream(relay.base, token);
    await stream.waitFor((ev) => requestsIn(ev) === 6);
    const upTo = stream.requests()[2]?.eventId as string;
    const acked = await http(`${relay.base}/api/ack`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ upTo }),
    });
    expect(acked.json()).toEqual({ deleted: 3 });
    expect((await http(hook.url, { method: 'POST', body: 'x' })).status).toBe(200);
    stream.close();
  });

  it('answers 429 with Retry-After above the rate limit, per hook', async () => {
    const r = await startTestRelay({ rateLimit: 10, rateWindowMs: 10_000 });
    const { token } = await newInstallation(r.base);
    const hook = await newHook(r.base, token);
    const other = await newHook(r.base, token);
    const statuses = await Promise.all(
      Array.from({ length: 12 }, () => http(hook.url, { method: 'POST' })),
    );
    const limited = statuses.filter((s) => s.status === 429);
    expect(statuses.filter((s) => s.status === 200)).toHaveLength(10);
    expect(limited).toHaveLength(2);
    const retry = Number(limited[0]?.headers['retry-after']);
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(10);
    expect((await http(other.url, { method: 'POST' })).status).toBe(200);
    await r.stop();
  });

  it('answers CORS preflight on hooks for any origin', async () => {
    const { token } = await newInstallation(relay.base);
    const hook = await newHook(relay.base, token);
    const r = await http(hook.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://site.example',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'x-sig',
      },
    });
    expect(r.status).toBe(204);
    expect(r.headers['access-control-allow-origin']).toBe('*');
    expect(r.headers['access-control-allow-methods']).toContain('PUT');
    expect(r.headers['access-control-allow-headers']).toBe('x-sig');
  });
});
