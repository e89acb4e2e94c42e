import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { HostCapability, ImageCodecPort } from '../src/apps/contract';
import type { StoredRequest } from '../src/bridge/engine-api';
import { filesRepo, scenariosRepo } from '../src/storage';
import { testDb } from '../src/storage/test-db';
import { m } from '../tests/blueprints/kit';
import { createEngineApi, type EngineApiDeps } from './engine-api';
import { filesPort } from './ports/files-port';

// The apps through the worker's ports (Node, fake-indexeddb): the webhooks app's parser, the
// HTTP app's fetch port, data structures from the blueprint, the image codec and the files table.

const utf8 = (s: string) => new TextEncoder().encode(s);
const caps = (...c: HostCapability[]) => new Set<HostCapability>(c);

async function setup(flow: unknown[], deps: EngineApiDeps = {}, weft: object = {}) {
  const db = testDb();
  const s = await scenariosRepo(db).create('S');
  await scenariosRepo(db).saveBlueprint(s.id, {
    name: 'w',
    flow,
    metadata: { scenario: {}, weft },
  });
  const api = createEngineApi({ db, capabilities: caps('http', 'files', 'connections'), ...deps });
  const run = async (input?: { requests: StoredRequest[] } | { bundles: unknown[] }) => {
    const r = await api.runOnce({ scenarioId: s.id, trigger: 'manual', input });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.execution;
  };
  return { db, run };
}

const request = (over: Partial<StoredRequest>): StoredRequest => ({
  eventId: '1-1',
  hookId: 'h',
  method: 'post',
  path: '/hook/h',
  query: '',
  headers: [],
  bodyBase64: '',
  receivedAt: '2026-11-30T10:00:00.000Z',
  ...over,
});

describe('webhook requests in the worker: the webhooks app’s parser', () => {
  it('merges query and JSON body with the query winning, repeated names as arrays', async () => {
    const { run } = await setup([
      m(1, 'gateway:CustomWebHook', { parameters: { hook: 1, method: true } }),
    ]);
    const e = await run({
      requests: [
        request({
          query: 'name=Q&tag=a&tag=b',
          headers: [['content-type', 'application/json; charset=utf-8']],
          bodyBase64: btoa('{"name":"Ada","n":2}'),
        }),
      ],
    });
    expect(e.modules['1']?.output).toEqual([
      { name: 'Q', n: 2, tag: ['a', 'b'], __IMTMETHOD__: 'POST' },
    ]);
  });

  it('takes text/plain as value and fails a bad JSON body with a BundleValidationError', async () => {
    const { run } = await setup([m(1, 'gateway:CustomWebHook', { parameters: { hook: 1 } })]);
    const plain = await run({
      requests: [request({ headers: [['content-type', 'text/plain']], bodyBase64: btoa('hi') })],
    });
    expect(plain.modules['1']?.output).toEqual([{ value: 'hi' }]);
    const bad = await run({
      requests: [
        request({ headers: [['content-type', 'application/json']], bodyBase64: btoa('{') }),
      ],
    });
    expect(bad.status).toBe('error');
    expect(bad.error?.type).toBe('BundleValidationError');
  });

  it('checks the hook’s data structure from metadata.weft', async () => {
    const spec = [{ name: 'id', type: 'integer', required: true }];
    const { run } = await setup(
      [m(1, 'gateway:CustomWebHook', { parameters: { hook: 1, type: 7 } })],
      {},
      { dataStructures: { '7': { name: 'Order', strict: true, spec } } },
    );
    const good = await run({ requests: [request({ query: 'id=42' })] });
    expect(good.modules['1']?.output).toEqual([{ id: 42 }]);
    const extra = await run({ requests: [request({ query: 'id=1&x=2' })] });
    expect(extra.error).toMatchObject({ type: 'BundleValidationError' });
  });
});

describe('HTTP in the worker', () => {
  it('explains a request that fails before any answer as possibly CORS', async () => {
    const { run } = await setup(
      [m(1, 'http:ActionSendData', { mapper: { url: 'https://api.example/x', method: 'get' } })],
      { fetch: () => Promise.reject(new TypeError('Failed to fetch')) },
    );
    const e = await run();
    expect(e.error).toMatchObject({ type: 'ConnectionError' });
    expect(e.error?.message).toMatch(/CORS/);
    expect(e.error?.message).toMatch(/Access-Control-Allow-Origin/);
  });

  it('sends through the given fetch and parses a JSON answer', async () => {
    const seen: string[] = [];
    const { run } = await setup(
      [
        m(1, 'http:ActionSendData', {
          mapper: { url: 'https://api.example/x', method: 'get', parseResponse: true },
        }),
      ],
      {
        fetch: async (url, init) => {
          seen.push(`${init.method} ${url}`);
          return new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
        },
      },
    );
    const e = await run();
    expect(seen).toEqual(['GET https://api.example/x']);
    expect(e.modules['1']?.output).toMatchObject([{ statusCode: 200, data: { ok: true } }]);
  });
});

describe('images in the worker', () => {
  /** A stand-in for createImageBitmap + OffscreenCanvas: bytes are `IMG<w>x<h>`. */
  const fakeCodec: ImageCodecPort = {
    async info(bytes) {
      const [w, h] = new TextDecoder().decode(bytes).slice(3).split('x').map(Number);
      return { width: w ?? 0, height: h ?? 0, mimeType: 'image/png' };
    },
    async transform(_bytes, op) {
      return utf8(`IMG${op.width}x${op.height}`);
    },
  };
  const flow = [
    m(1, 'files:GetFile', { mapper: { path: '/p.png' } }),
    m(2, 'image:Resize', { mapper: { data: '{{1.data}}', fileName: '{{1.fileName}}', width: 50 } }),
  ];

  it('gives runs the codec when the host has the image capability', async () => {
    const { db, run } = await setup(flow, {
      image: fakeCodec,
      capabilities: caps('files', 'image'),
    });
    await filesPort(db).write('/p.png', utf8('IMG100x80'));
    const e = await run();
    expect(e.status).toBe('success');
    expect(e.modules['2']?.output).toMatchObject([{ fileName: 'p.png', width: 50, height: 40 }]);
  });

  it('stops in initialization naming the module where the worker has no canvas', async () => {
    const { run } = await setup(flow, { image: fakeCodec, capabilities: caps('files') });
    const e = await run();
    expect(e.operations).toBe(0);
    expect(e.error).toMatchObject({ type: 'InvalidConfigurationError' });
    expect(e.error?.message).toMatch(/image:Resize/);
  });
});

describe('files in the worker', () => {
  it('zips the files of a folder into an archive saved back to the library', async () => {
    const { db, run } = await setup(
      [
        m(1, 'files:ListFiles', { mapper: { folder: '/in' } }),
        m(2, 'files:GetFile', { mapper: { path: '{{1.path}}' } }),
        m(3, 'archive:CreateArchive', {
          parameters: { feeder: 1, type: 'zip' },
          mapper: { name: 'all', fileName: '{{2.fileName}}', data: '{{2.data}}' },
        }),
        m(4, 'files:SaveFile', {
          mapper: { folder: '/out', fileName: '{{3.fileName}}', data: '{{3.data}}' },
        }),
      ],
      { capabilities: caps('files') },
    );
    const files = filesPort(db);
    for (const n of ['a', 'b', 'c']) await files.write(`/in/${n}.txt`, utf8(`file ${n}`));
    const e = await run();
    expect(e.status).toBe('success');
    const saved = await filesRepo(db).find('out', 'all.zip');
    expect(saved?.mimeType).toBe('application/zip');
    const zip = await JSZip.loadAsync(saved!.data);
    expect(Object.keys(zip.files).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(await zip.file('b.txt')?.async('string')).toBe('file b');
    expect(Object.values(e.modules).map((l) => l.operations)).toEqual([1, 3, 1, 1]);
  });
});
