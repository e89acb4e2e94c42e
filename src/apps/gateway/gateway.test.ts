import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../shared/json-values';
import type { StoredRequest } from '../../shared/relay-protocol';
import { fakeContext, runModule } from '../util-tools/fake-context';
import { customWebhook } from './custom-webhook';
import { parseStoredRequest } from './parse-request';
import { webhookRespond } from './webhook-respond';

const enc = new TextEncoder();
function request(body: string | Uint8Array, contentType: string, query = ''): StoredRequest {
  return {
    eventId: 'ep-1',
    hookId: 'h',
    method: 'post',
    path: '/hook/h',
    query,
    headers: contentType ? [['content-type', contentType]] : [],
    bodyBase64: bytesToBase64(typeof body === 'string' ? enc.encode(body) : body),
    receivedAt: '2026-11-30T10:00:00.000Z',
  };
}

describe('parseStoredRequest', () => {
  it('merges a JSON body with the query, the query winning', () => {
    const r = request('{"a":1,"b":2}', 'application/json; charset=utf-8', 'b=q&c=3');
    expect(parseStoredRequest(r, {})).toEqual({ a: 1, b: 'q', c: '3' });
  });

  it('turns repeated form keys into arrays, and text/plain into value', () => {
    const form = request('box=a&box=b&n=1+2', 'application/x-www-form-urlencoded');
    expect(parseStoredRequest(form, {})).toEqual({ box: ['a', 'b'], n: '1 2' });
    expect(parseStoredRequest(request('hello', 'text/plain'), {})).toEqual({ value: 'hello' });
    expect(parseStoredRequest(request('', '', 'x=1'), {})).toEqual({ x: '1' });
  });

  it('parses multipart with files as {name, mime, data}', () => {
    const body =
      '--XyZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nhi\r\n' +
      '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n' +
      'Content-Type: text/plain\r\n\r\nabc\r\n--XyZ--\r\n';
    const out = parseStoredRequest(request(body, 'multipart/form-data; boundary=XyZ'), {});
    expect(out).toEqual({
      title: 'hi',
      file: { name: 'a.txt', mime: 'text/plain', data: enc.encode('abc') },
    });
  });

  it('adds headers and method on request, and passes JSON through as text', () => {
    const r = request('{"a":1}', 'application/json');
    expect(parseStoredRequest(r, { headers: true, method: true, stringify: true })).toEqual({
      value: '{"a":1}',
      __IMTHEADERS__: [{ name: 'content-type', value: 'application/json' }],
      __IMTMETHOD__: 'POST',
    });
  });

  it('rejects bad JSON and broken multipart with the request id', () => {
    expect(() => parseStoredRequest(request('{', 'application/json'), {})).toThrow(
      /Webhook request ep-1: body: invalid JSON/,
    );
    expect(() =>
      parseStoredRequest(request('nope', 'multipart/form-data; boundary=Q'), {}),
    ).toThrow(/malformed multipart/);
  });
});

describe('gateway:CustomWebHook', () => {
  it('parses stored requests per cycle and checks its data structure', async () => {
    const requests = [
      request('{"n":"1"}', 'application/json'),
      request('{"n":"x"}', 'application/json'),
    ];
    const structures = {
      '5': { id: '5', name: 'n', strict: true, spec: [{ name: 'n', type: 'number' }] },
    };
    const ctx = fakeContext({
      parameters: { maxResults: 1 },
      webhook: { bundles: [], requests },
      structures,
    });
    expect(await customWebhook.handler.read?.(ctx)).toEqual([{ n: '1' }]);
    const typed = fakeContext({
      parameters: { type: 5 },
      webhook: { bundles: [], requests },
      structures,
    });
    await expect(customWebhook.handler.read?.(typed)).rejects.toThrow(/^n: expected number/);
  });
});

describe('gateway:WebhookRespond', () => {
  it('hands status, JSON body and headers to the host', async () => {
    const ctx = fakeContext();
    const out = await runModule(webhookRespond, ctx, {
      status: '201',
      body: { ok: true },
      headers: [{ key: 'content-type', value: 'application/json' }],
    });
    expect(out).toEqual([{}]);
    expect(ctx.responses).toEqual([
      { status: 201, headers: [['content-type', 'application/json']], body: '{"ok":true}' },
    ]);
  });

  it('rejects a bad status, a bad header name and more than 16 headers', async () => {
    const ctx = fakeContext();
    await expect(runModule(webhookRespond, ctx, { status: 'abc' })).rejects.toThrow(/^Status:/);
    await expect(
      runModule(webhookRespond, ctx, { headers: [{ key: 'a b', value: '1' }] }),
    ).rejects.toThrow(/^Custom headers\[1\]/);
    const many = Array.from({ length: 17 }, (_, i) => ({ key: `h${i}`, value: 'v' }));
    await expect(runModule(webhookRespond, ctx, { headers: many })).rejects.toMatchObject({
      type: 'DataError',
    });
  });
});
