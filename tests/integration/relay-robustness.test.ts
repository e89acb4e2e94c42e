// Bad input never crashes the relay: a fuzz-style run of random raw requests, oversized headers,
// slowloris-style slow headers and bodies. After each, the relay still answers and still ingests.
import { randomBytes, randomInt } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auth,
  http,
  newHook,
  newInstallation,
  sleep,
  startTestRelay,
  type TestRelay,
} from './relay-helpers';

let relay: TestRelay;
let token: string;
let hook: { id: string; url: string };
/** The hook the fuzz may rename, disable or delete through the API; `hook` stays intact. */
let victim: { id: string; url: string };
beforeAll(async () => {
  relay = await startTestRelay({
    headersTimeoutMs: 500,
    requestTimeoutMs: 1000,
    maxBodyBytes: 64 * 1024,
  });
  token = (await newInstallation(relay.base)).token;
  hook = await newHook(relay.base, token);
  victim = await newHook(relay.base, token);
});
afterAll(() => relay.stop());

/** Writes raw bytes on a fresh connection; resolves with what came back once the server closes or `waitMs` pass. */
function raw(
  chunks: (Buffer | string)[],
  gapMs = 0,
  waitMs = 2000,
): Promise<{ text: string; closedByServer: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(relay.port, '127.0.0.1');
    let text = '';
    let closedByServer = false;
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('end', () => (closedByServer = true));
    const timer = setTimeout(() => socket.destroy(), waitMs);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closedByServer });
    });
    void (async () => {
      for (const c of chunks) {
        if (socket.destroyed) return;
        socket.write(c);
        if (gapMs) await sleep(gapMs);
      }
    })();
  });
}

const pick = <T>(xs: readonly T[]): T => xs[randomInt(xs.length)] as T;

async function stillHealthy(): Promise<void> {
  expect((await http(`${relay.base}/healthz`)).status).toBe(200);
  expect((await http(hook.url, { method: 'POST', body: 'still here' })).status).toBe(200);
}

describe('robustness', () => {
  it('survives random methods, paths, headers and bodies (fuzz)', async () => {
    const methods = [
      'GET',
      'POST',
      'PUT',
      'PATCH',
      'DELETE',
      'OPTIONS',
      'HEAD',
      'FOO',
      'G\x00T',
      '',
      'CONNECT',
      'TRACE',
    ];
    const paths = () =>
      pick([
        `/hook/${hook.id}`,
        `/hook/${hook.id}/${randomBytes(4).toString('hex')}?${randomBytes(8).toString('base64')}`,
        `/hook/${randomBytes(randomInt(1, 200)).toString('base64url')}`,
        '/hook/',
        '/hook/%zz',
        '/api/hooks',
        `/api/hooks/${victim.id}`,
        '/api/ack',
        '/api/responses/x-1',
        '/api/stream',
        '/healthz',
        `/${'a'.repeat(randomInt(1, 9000))}`,
        '*',
        'http://other.example/hook/x',
        '/\u00ff\u0100',
      ]);
    const headerLine = () =>
      pick([
        `x-${randomBytes(3).toString('hex')}: ${randomBytes(randomInt(0, 50)).toString('base64')}`,
        `authorization: Bearer ${pick([token, 'nope', ''])}`,
        `content-type: ${pick(['application/json', 'multipart/form-data; boundary=x', ''])}`,
        `content-length: ${pick(['0', '5', '-1', 'abc', '99999999999', '10'])}`,
        'transfer-encoding: chunked',
        'bad header line',
        `last-event-id: ${randomBytes(5).toString('hex')}-${randomInt(1e6)}`,
        `\x01\x02: \x03`,
      ]);
    const runs: Promise<{ text: string }>[] = [];
    const answers: string[] = [];
    for (let i = 0; i < 300; i++) {
      const headers = Array.from({ length: randomInt(0, 6) }, headerLine).join('\r\n');
      const body = pick([
        '',
        '{"upTo":"x-1"}',
        '{"status":200,"headers":[["a","b"]],"bodyBase64":"!!"}',
        JSON.stringify({ name: randomBytes(10).toString('hex'), enabled: pick([true, 'x', null]) }),
        randomBytes(randomInt(0, 3000)).toString('latin1'),
        '5\r\nhello\r\n0\r\n\r\n',
      ]);
      const head = `${pick(methods)} ${paths()} HTTP/1.${pick(['1', '0', '9'])}\r\nhost: x\r\n${headers}\r\n\r\n`;
      runs.push(
        raw(
          pick([
            [head + body],
            [randomBytes(randomInt(1, 500))],
            [head.slice(0, randomInt(head.length))],
          ]),
          0,
          700,
        ),
      );
      // One well-formed request per batch, closed by the server once answered, so that a slow
      // (loaded) machine still sees successes among the garbage instead of only timeouts.
      if (i % 60 === 0)
        runs.push(
          raw([`GET /healthz HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`], 0, 10_000),
        );
      if (runs.length >= 60)
        answers.push(...(await Promise.all(runs.splice(0))).map((r) => r.text));
    }
    answers.push(...(await Promise.all(runs)).map((r) => r.text));
    // Every answer is a well-formed client error or success, never a server error.
    expect(answers.filter((t) => /^HTTP\/1\.1 5/.test(t))).toEqual([]);
    expect(answers.some((t) => t.startsWith('HTTP/1.1 200'))).toBe(true);
    // The JSON API with random bodies, authenticated.
    for (let i = 0; i < 100; i++) {
      const path = pick([
        '/api/hooks',
        `/api/hooks/${randomBytes(16).toString('base64url')}`,
        '/api/ack',
        '/api/responses/a-1',
      ]);
      const r = await http(`${relay.base}${path}`, {
        method: pick(['POST', 'PATCH', 'DELETE', 'GET']),
        headers: { ...auth(token), 'content-type': 'application/json' },
        body: pick([
          'null',
          '[]',
          '{"name":{}}',
          '{"upTo":1}',
          '{"status":"x"}',
          randomBytes(40).toString('latin1'),
        ]),
      });
      expect(r.status).toBeGreaterThanOrEqual(200);
      expect(r.status).toBeLessThan(500);
    }
    await stillHealthy();
  }, 30_000);

  it('answers 431 to oversized headers', async () => {
    const r = await http(hook.url, {
      method: 'POST',
      headers: { 'x-big': 'a'.repeat(20_000) },
      body: 'x',
    });
    expect(r.status).toBe(431);
    await stillHealthy();
  });

  it('closes slowloris connections that trickle headers', async () => {
    const trickle = [
      'POST ',
      `/hook/${hook.id} `,
      'HTTP/1.1\r\n',
      'host: x\r\n',
      ...Array.from({ length: 40 }, (_, i) => `x-${i}: y\r\n`),
    ];
    const r = await raw(trickle, 100, 6000);
    expect(r.closedByServer).toBe(true);
    expect(r.text).toMatch(/^HTTP\/1\.1 408|^$/);
    await stillHealthy();
  });

  it('answers 408 to a body that trickles in too slowly, and stores nothing', async () => {
    const before = (await http(`${relay.base}/api/hooks`, { headers: auth(token) })).json()
      .hooks as { queued: number }[];
    const head = `POST /hook/${hook.id} HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\n`;
    const r = await raw([head, ...Array.from({ length: 40 }, () => 'x')], 100, 6000);
    expect(r.closedByServer).toBe(true);
    expect(r.text).toMatch(/^HTTP\/1\.1 408/);
    const after = (await http(`${relay.base}/api/hooks`, { headers: auth(token) })).json()
      .hooks as { queued: number }[];
    expect(after[0]?.queued).toBe(before[0]?.queued);
    await stillHealthy();
  });
});
