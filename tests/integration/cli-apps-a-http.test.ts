/**
 * The HTTP app against a real local server on 127.0.0.1: the modules over the fetch port (as in
 * the engine worker), and `weft run --connection` through the bundled CLI.
 *
 *   [1 basic trigger] → [2 HTTP › Make an API Key Auth request] → local server
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerContext, RegisteredModule } from '../../src/apps';
import { defaultRegistry } from '../../src/apps';
import { createFetchHttpPort } from '../../src/apps/http';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
let server: Server;
let base = '';
let tmp = '';
const received: {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}[] = [];

function route(
  req: IncomingMessage,
  body: Buffer,
): [number, Record<string, string>, string | Buffer] {
  const url = new URL(req.url ?? '/', base);
  if (url.pathname === '/json')
    return [
      200,
      { 'content-type': 'application/json' },
      JSON.stringify({ echo: body.toString(), q: url.searchParams.get('q') }),
    ];
  if (url.pathname === '/file.png')
    return [200, { 'content-type': 'image/png' }, Buffer.from([137, 80, 78, 71, 0, 255])];
  if (url.pathname === '/moved') return [302, { location: '/json' }, ''];
  if (url.pathname === '/missing') return [404, { 'content-type': 'text/plain' }, 'no such thing'];
  if (url.pathname === '/secure') {
    const ok = req.headers['x-api-key'] === 'k-123';
    return [ok ? 200 : 401, { 'content-type': 'application/json' }, JSON.stringify({ ok })];
  }
  return [200, { 'content-type': 'text/plain' }, 'plain'];
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/slow') return void setTimeout(() => res.end('late'), 3000);
      const [status, headers, out] = route(req, body);
      res.writeHead(status, headers).end(out);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  execFileSync('npm', ['run', '--silent', 'build:node'], { cwd: root, stdio: 'ignore' });
  tmp = mkdtempSync(path.join(tmpdir(), 'weft-http-'));
}, 120_000);

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

function ctx(parameters: Record<string, unknown> = {}): HandlerContext {
  return {
    moduleId: '2',
    parameters,
    scenarioId: 's',
    executionId: 'e',
    cycle: 1,
    timezone: 'UTC',
    now: () => new Date(0),
    signal: new AbortController().signal,
    variables: { get: () => undefined, set: () => undefined },
    increment: () => 1,
    dataStores: undefined as never,
    http: createFetchHttpPort({ browser: false }),
    files: undefined,
    connections: undefined,
    webhook: undefined,
    respond: () => undefined,
  };
}
const mod = (id: string): RegisteredModule => {
  const m = defaultRegistry.get(id);
  if (!m) throw new Error(id);
  return m;
};
/** The CLI in a child process, awaited without blocking this process (the server lives here). */
function weft(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'build/weft.mjs'), ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A port nobody listens on: a server's, just closed. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

async function run(id: string, input: unknown, parameters?: Record<string, unknown>) {
  return [...(await (mod(id).handler.run?.(ctx(parameters), input) ?? []))];
}

describe('HTTP modules against 127.0.0.1', () => {
  it('posts JSON with a query and parses the JSON answer', async () => {
    const out = await run('http:MakeRequest', {
      url: `${base}/json`,
      method: 'post',
      queryParameters: [{ name: 'q', value: 'é' }],
      contentType: 'json',
      jsonStringBodyContent: '{"a":1}',
      parseResponse: true,
    });
    expect(out).toMatchObject([{ statusCode: 200, data: { echo: '{"a":1}', q: 'é' } }]);
    expect(received.at(-1)?.headers['content-type']).toBe('application/json');
  });

  it('uploads multipart with a file that the server receives intact', async () => {
    await run('http:ActionSendData', {
      url: `${base}/upload`,
      method: 'post',
      bodyType: 'multipart_form_data',
      formFields: [
        { key: 'note', value: 'hi' },
        { key: 'f', fieldType: 'file', fileName: 'x.bin', data: new Uint8Array([0, 1, 2, 255]) },
      ],
    });
    const got = received.at(-1);
    expect(got?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const body = got?.body ?? Buffer.alloc(0);
    expect(body.includes(Buffer.from('filename="x.bin"'))).toBe(true);
    expect(body.includes(Buffer.from([0, 1, 2, 255]))).toBe(true);
  });

  it('downloads a file as binary, follows redirects unless told not to', async () => {
    const [file] = await run('http:ActionGetFile', { url: `${base}/file.png` });
    expect(file).toMatchObject({
      fileName: 'file.png',
      fileSize: 6,
      data: new Uint8Array([137, 80, 78, 71, 0, 255]),
    });
    expect(await run('http:ActionSendData', { url: `${base}/moved` })).toMatchObject([
      { statusCode: 200 },
    ]);
    const manual = await run('http:ActionSendData', {
      url: `${base}/moved`,
      followRedirect: false,
    });
    expect(manual).toMatchObject([{ statusCode: 302, headers: { location: '/json' } }]);
  });

  it('fails 404 as a DataError, a refused connection and a timeout with their types', async () => {
    await expect(run('http:ActionSendData', { url: `${base}/missing` })).rejects.toMatchObject({
      type: 'DataError',
      message: `URL: ${base}/missing answered 404: no such thing`,
    });
    const closed = `http://127.0.0.1:${await closedPort()}/`;
    await expect(run('http:ActionSendData', { url: closed })).rejects.toMatchObject({
      type: 'ConnectionError',
      message: expect.stringMatching(/ECONNREFUSED/),
    });
    await expect(
      run('http:ActionSendData', { url: `${base}/slow`, timeout: 1 }),
    ).rejects.toMatchObject({
      type: 'ModuleTimeoutError',
    });
  });
});

describe('weft run --connection', () => {
  it('sends the API key of the connection file and reports the answer', async () => {
    const blueprint = {
      name: 'API key call',
      flow: [
        { id: 1, module: 'util:BasicTrigger', version: 1, parameters: { values: [{ spec: [] }] } },
        {
          id: 2,
          module: 'http:ActionSendDataAPIKeyAuth',
          version: 3,
          parameters: { auth: 3, handleErrors: true },
          mapper: { url: `${base}/secure`, method: 'get', parseResponse: true },
        },
      ],
      metadata: { scenario: {} },
    };
    const bpFile = path.join(tmp, 'api.blueprint.json');
    writeFileSync(bpFile, JSON.stringify(blueprint));
    const conn = path.join(tmp, 'conn.json');
    writeFileSync(
      conn,
      JSON.stringify({ type: 'apiKey', data: { key: 'k-123', name: 'X-API-Key' } }),
    );
    const ok = await weft(['run', bpFile, '--connection', `3=${conn}`]);
    expect(ok.code, ok.stderr).toBe(0);
    const report = JSON.parse(ok.stdout) as {
      operations: number;
      modules: Record<string, { output: unknown[] }>;
    };
    expect(report.modules['2']?.output).toMatchObject([{ statusCode: 200, data: { ok: true } }]);
    expect(report.operations).toBe(2);
    const missing = await weft(['run', bpFile]);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject({
      error: {
        moduleId: '2',
        type: 'InvalidConfigurationError',
        message: expect.stringMatching(/^Connection: '3'/),
      },
    });
  });
});
