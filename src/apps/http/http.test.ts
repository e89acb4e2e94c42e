import { describe, expect, it } from 'vitest';
import type { Connection, HttpPort, HttpRequest, HttpResponse } from '../contract';
import { fakeContext, runModule } from '../util-tools/fake-context';
import { createFetchHttpPort } from './fetch-port';
import { getFile } from './get-file';
import { makeRequest } from './make-request';
import { sendData, sendDataApiKey, sendDataBasic } from './send-data';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** A port that records requests and answers with `reply`. */
function port(reply: Partial<HttpResponse> = {}) {
  const seen: HttpRequest[] = [];
  const http: HttpPort = {
    send: (r) => {
      seen.push(r);
      return Promise.resolve({ status: 200, headers: [], body: new Uint8Array(), ...reply });
    },
  };
  return { http, seen };
}
const bodyText = (r: HttpRequest | undefined) =>
  typeof r?.body === 'string' ? r.body : dec.decode(r?.body ?? new Uint8Array());

const connections = (list: Connection[]) => ({
  get: (id: string) => Promise.resolve(list.find((c) => c.id === id)),
});

describe('http:ActionSendData', () => {
  it('sends query, headers and a raw JSON body, and parses a JSON answer', async () => {
    const { http, seen } = port({
      headers: [
        ['content-type', 'application/json'],
        ['set-cookie', 'a=1'],
      ],
      body: enc.encode('{"ok":true}'),
    });
    const out = await runModule(sendData, fakeContext({ http }), {
      url: 'http://127.0.0.1:1/x',
      method: 'post',
      qs: [{ name: 'q', value: 'a b' }],
      headers: [{ name: 'X-Test', value: '1' }],
      bodyType: 'raw',
      contentType: 'application/json',
      data: '{"n":1}',
      parseResponse: true,
    });
    expect(seen[0]).toMatchObject({
      url: 'http://127.0.0.1:1/x?q=a+b',
      method: 'POST',
      headers: [
        ['X-Test', '1'],
        ['Content-Type', 'application/json'],
      ],
      body: '{"n":1}',
      timeoutMs: 300000,
      followRedirects: true,
    });
    expect(out).toEqual([
      {
        statusCode: 200,
        headers: { 'content-type': 'application/json' },
        cookieHeaders: ['a=1'],
        data: { ok: true },
      },
    ]);
  });

  it('encodes urlencoded and multipart bodies with files', async () => {
    const { http, seen } = port();
    const ctx = fakeContext({ http });
    const url = 'https://example.test/';
    await runModule(sendData, ctx, {
      url,
      method: 'post',
      bodyType: 'x_www_form_urlencoded',
      formFields: [{ key: 'a', value: 'x&y' }],
    });
    expect(bodyText(seen[0])).toBe('a=x%26y');
    await runModule(sendData, ctx, {
      url,
      method: 'post',
      bodyType: 'multipart_form_data',
      formFields: [
        { key: 't', value: 'hi' },
        { key: 'f', fieldType: 'file', fileName: 'a.bin', data: new Uint8Array([1, 2]) },
      ],
    });
    const type = seen[1]?.headers.find(([n]) => n === 'Content-Type')?.[1] ?? '';
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    expect(bodyText(seen[1])).toContain('name="f"; filename="a.bin"');
  });

  it('fails 4xx as DataError, 429 as RateLimitError, 5xx as ConnectionError unless turned off', async () => {
    const input = { url: 'https://example.test/' };
    for (const [status, type] of [
      [404, 'DataError'],
      [429, 'RateLimitError'],
      [503, 'ConnectionError'],
    ] as const) {
      const { http } = port({ status, body: enc.encode('nope') });
      await expect(runModule(sendData, fakeContext({ http }), input)).rejects.toMatchObject({
        type,
        message: `URL: https://example.test/ answered ${status}: nope`,
      });
    }
    const { http } = port({ status: 404 });
    const off = fakeContext({ http, parameters: { handleErrors: false } });
    expect(await runModule(sendData, off, input)).toMatchObject([{ statusCode: 404 }]);
  });

  it('rejects bad URL, method and timeout, naming the field', async () => {
    const ctx = fakeContext({ http: port().http });
    await expect(runModule(sendData, ctx, { url: 'ftp://x' })).rejects.toThrow(/^URL:/);
    await expect(
      runModule(sendData, ctx, { url: 'https://x.test', method: 'fly' }),
    ).rejects.toThrow(/^Method:/);
    await expect(runModule(sendData, ctx, { url: 'https://x.test', timeout: 0 })).rejects.toThrow(
      /^Timeout:/,
    );
    await expect(
      runModule(sendData, fakeContext(), { url: 'https://x.test' }),
    ).rejects.toMatchObject({
      type: 'InvalidConfigurationError',
    });
  });
});

describe('HTTP connections', () => {
  it('adds API key (header or query), basic and bearer auth from the connections port', async () => {
    const { http, seen } = port();
    const conns = connections([
      { id: '1', type: 'apiKey', data: { key: 'k1', name: 'x-make-apikey' } },
      { id: '2', type: 'apiKey', data: { key: 'k2', placement: 'query', name: 'api_key' } },
      { id: '3', type: 'basic', data: { username: 'ann', password: 'pw' } },
      { id: '4', type: 'bearer', data: { token: 'tok' } },
    ]);
    const url = 'https://example.test/';
    await runModule(
      sendDataApiKey,
      fakeContext({ http, connections: conns, parameters: { auth: 1 } }),
      { url },
    );
    await runModule(
      sendDataApiKey,
      fakeContext({ http, connections: conns, parameters: { auth: 2 } }),
      { url },
    );
    await runModule(
      sendDataBasic,
      fakeContext({ http, connections: conns, parameters: { auth: 3 } }),
      { url },
    );
    const v4 = fakeContext({
      http,
      connections: conns,
      parameters: { authenticationType: 'bearer', __IMTCONN__: 4 },
    });
    await runModule(makeRequest, v4, {
      url,
      method: 'post',
      contentType: 'json',
      jsonStringBodyContent: '{"a":1}',
    });
    expect(seen.map((r) => r.headers[0])).toEqual([
      ['x-make-apikey', 'k1'],
      undefined,
      ['Authorization', `Basic ${btoa('ann:pw')}`],
      ['Authorization', 'Bearer tok'],
    ]);
    expect(seen[1]?.url).toBe('https://example.test/?api_key=k2');
    expect(seen[3]?.body).toBe('{"a":1}');
  });

  it('fails with InvalidConfigurationError for a missing or unknown connection', async () => {
    const ctx = fakeContext({
      http: port().http,
      connections: connections([]),
      parameters: { auth: 9 },
    });
    await expect(runModule(sendDataApiKey, ctx, { url: 'https://x.test' })).rejects.toThrow(
      /^Connection: '9' is not defined/,
    );
    const none = fakeContext({ http: port().http, connections: connections([]) });
    await expect(runModule(sendDataBasic, none, { url: 'https://x.test' })).rejects.toThrow(
      /^Connection:/,
    );
  });

  it('rejects bad JSON content in v4', async () => {
    const ctx = fakeContext({ http: port().http });
    await expect(
      runModule(makeRequest, ctx, {
        url: 'https://x.test',
        method: 'post',
        contentType: 'json',
        jsonStringBodyContent: '{',
      }),
    ).rejects.toThrow(/^Request content:/);
  });
});

describe('http:ActionGetFile and the fetch port', () => {
  it('returns binary data with the file name from the headers or the URL', async () => {
    const { http } = port({
      headers: [['content-type', 'image/png']],
      body: new Uint8Array([137, 80]),
    });
    const [out] = await runModule(getFile, fakeContext({ http }), {
      url: 'https://x.test/img/a%20b.png',
    });
    expect(out).toMatchObject({
      fileName: 'a b.png',
      fileSize: 2,
      data: new Uint8Array([137, 80]),
    });
  });

  it('explains CORS in the browser when fetch fails without a reason', async () => {
    const failing = () => Promise.reject(new TypeError('Failed to fetch'));
    const browser = createFetchHttpPort({ browser: true, fetch: failing });
    const ctx = fakeContext({ http: browser });
    await expect(
      runModule(sendData, ctx, { url: 'https://api.example.test/' }),
    ).rejects.toMatchObject({
      type: 'ConnectionError',
      message: expect.stringMatching(
        /does not allow requests from web pages \(CORS\).*Access-Control-Allow-Origin/,
      ),
    });
    const node = createFetchHttpPort({ browser: false, fetch: failing });
    await expect(
      runModule(sendData, fakeContext({ http: node }), { url: 'https://a.test/' }),
    ).rejects.toThrow(/^URL: the request to https:\/\/a.test\/ failed: Failed to fetch/);
  });
});
