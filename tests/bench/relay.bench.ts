// `npm run bench relay`: the relay against a bare node:http server that stores nothing (a smee-like
// pass-through: POST → 200, body pushed to SSE clients, writes without backpressure), both run as
// child processes and measured in the same run with the same load generator (this process).
// Prints: ingest throughput (1 KB JSON, concurrent senders; the relay fsyncs every request before
// its 2xx, in group commits), POST→SSE receipt latency p50/p99 at a fixed rate, and the server's
// memory growth while a subscriber stops reading.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = process.cwd();
const relayBundle = path.join(root, 'build/bench/relay-under-test.mjs');
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const payload = JSON.stringify({ event: 'order.created', data: { id: 0, note: 'x'.repeat(940) } });

const bareServer = `
import { createServer } from 'node:http';
const clients = new Set();
const server = createServer((req, res) => {
  if (req.url === '/stream') {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(': ok\\n\\n');
    req.socket.setNoDelay(true);
    clients.add(res);
    req.on('close', () => clients.delete(res));
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    for (const c of clients) c.write('event: request\\ndata: ' + body + '\\n\\n');
    res.writeHead(200, { 'content-type': 'text/plain' }).end('Accepted');
  });
});
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port + '/'));
`;

interface Target {
  name: string;
  child: ChildProcess;
  base: string;
  post: string;
  stream: string;
  headers: Record<string, string>;
  ack?: (upTo: string) => Promise<unknown>;
  key: (data: string) => string;
}

function start(
  args: string[],
  env: Record<string, string>,
): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+)\/\n/.exec(out);
      if (m) resolve({ child, base: m[1] as string });
    });
    child.once('exit', (c) => reject(new Error(`server exited ${c}`)));
  });
}

function send(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function throughput(t: Target, total: number, senders: number): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: senders }, async () => {
      while (next++ < total) {
        const r = await send(t.post, payload);
        if (r.status !== 200) throw new Error(`${t.name}: ${r.status} ${r.text}`);
      }
    }),
  );
  return total / ((performance.now() - t0) / 1000);
}

/** Reads `event: request` blocks from an SSE response; `paused` stops reading after connecting. */
function subscribe(
  t: Target,
  onData: (data: string, id: string | undefined) => void,
  paused = false,
) {
  const url = new URL(t.stream);
  const socket = connect(Number(url.port), url.hostname);
  const head = Object.entries(t.headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  socket.write(
    `GET ${url.pathname} HTTP/1.1\r\nhost: x\r\naccept: text/event-stream\r\n${head}\r\n`,
  );
  let buf = '';
  socket.setEncoding('utf8');
  const ready = new Promise<void>((resolve) => socket.once('data', () => resolve()));
  if (paused) {
    void ready.then(() => socket.pause());
    return { socket, ready };
  }
  socket.on('data', (chunk: string) => {
    buf += chunk;
    let end: number;
    while ((end = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, end);
      buf = buf.slice(end + 2);
      if (!block.includes('event: request')) continue;
      const id = /^id: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (data !== undefined) onData(data, id);
    }
  });
  return { socket, ready };
}

async function latency(
  t: Target,
  rate: number,
  seconds: number,
): Promise<{ p50: number; p99: number }> {
  const sentAt = new Map<string, number>();
  const lat: number[] = [];
  let sinceAck = 0;
  const sub = subscribe(t, (data, id) => {
    const key = t.key(data);
    const s = sentAt.get(key);
    if (s !== undefined) lat.push(performance.now() - s);
    if (t.ack && id && ++sinceAck >= 50) {
      sinceAck = 0;
      void t.ack(id);
    }
  });
  await sub.ready;
  const n = rate * seconds;
  const t0 = performance.now();
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const wait = t0 + (i * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const key = `lat-${i}`;
    sentAt.set(key, performance.now());
    pending.push(send(t.post, JSON.stringify({ key, pad: payload })));
  }
  await Promise.all(pending);
  const deadline = performance.now() + 5000;
  while (lat.length < n && performance.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  sub.socket.destroy();
  lat.sort((a, b) => a - b);
  const q = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? NaN;
  if (lat.length < n) console.log(`  ${t.name}: only ${lat.length}/${n} received`);
  return { p50: q(0.5), p99: q(0.99) };
}

const rssMiB = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

async function stalledSubscriber(
  t: Target,
  seconds: number,
): Promise<{ before: number; after: number; samples: number[] }> {
  const sub = subscribe(t, () => undefined, true);
  await sub.ready;
  const pid = t.child.pid as number;
  const before = rssMiB(pid);
  // Sampled every 2 s: bounded memory shows as a plateau, unbounded as a steady climb.
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMiB(pid)), 2000);
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (performance.now() < end) await send(t.post, payload);
    }),
  );
  clearInterval(sampler);
  const after = rssMiB(pid);
  sub.socket.destroy();
  return { before, after, samples };
}

async function main(): Promise<void> {
  const esbuild = spawnSync(
    path.join(root, 'node_modules/.bin/esbuild'),
    [
      'src/relay/main.ts',
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--target=node20',
      '--packages=external',
      `--outfile=${relayBundle}`,
      '--log-level=warning',
    ],
    { stdio: 'inherit' },
  );
  if (esbuild.status !== 0) throw new Error('cannot bundle the relay');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'weft-relay-bench-'));
  const bare = await start(['--input-type=module', '-e', bareServer], {});
  const relay = await start([relayBundle, '--relay-only'], {
    RELAY_PORT: '0',
    RELAY_DATA_DIR: dataDir,
    RELAY_LOG_LEVEL: 'warn',
    RELAY_QUEUE_CAP: '10000000',
    RELAY_RATE_LIMIT: '10000000',
  });
  const bareTarget: Target = {
    name: 'bare node:http (stores nothing)',
    child: bare.child,
    base: bare.base,
    post: `${bare.base}/hook`,
    stream: `${bare.base}/stream`,
    headers: {},
    key: (d) => (JSON.parse(d) as { key: string }).key,
  };
  /** Each phase gets its own installation, so one phase's unacked backlog never delays the next. */
  const relayTarget = async (): Promise<Target> => {
    const inst = JSON.parse((await send(`${relay.base}/api/installations`, '')).text) as {
      token: string;
    };
    const auth = { authorization: `Bearer ${inst.token}` };
    const hook = JSON.parse((await send(`${relay.base}/api/hooks`, '{}', auth)).text) as {
      url: string;
    };
    return {
      name: 'weft relay (SQLite, synchronous=FULL)',
      child: relay.child,
      base: relay.base,
      post: hook.url,
      stream: `${relay.base}/api/stream`,
      headers: auth,
      ack: (upTo) => send(`${relay.base}/api/ack`, JSON.stringify({ upTo }), auth),
      key: (d) => {
        const body = Buffer.from((JSON.parse(d) as { bodyBase64: string }).bodyBase64, 'base64');
        return (JSON.parse(body.toString()) as { key: string }).key;
      },
    };
  };
  const phases: [string, () => Promise<Target>][] = [
    [bareTarget.name, async () => bareTarget],
    ['weft relay (SQLite, synchronous=FULL)', relayTarget],
  ];
  const results: Record<
    string,
    {
      rps: number;
      p50: number;
      p99: number;
      rss: { before: number; after: number; samples: number[] };
    }
  > = {};
  for (const [name, target] of phases) {
    await throughput(await target(), 2000, 16);
    const rps = await throughput(await target(), 20_000, 32);
    const { p50, p99 } = await latency(await target(), 200, 10);
    const rss = await stalledSubscriber(await target(), 10);
    results[name] = { rps, p50, p99, rss };
  }
  console.log(
    '\nrelay ingest and delivery (same machine, same run; load generator in this process)',
  );
  for (const [name, r] of Object.entries(results)) {
    console.log(`  ${name}`);
    console.log(`    ingest, 1 KB JSON, 32 senders:   ${r.rps.toFixed(0)} req/s`);
    console.log(
      `    POST→SSE receipt at 200 req/s:   p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms`,
    );
    console.log(
      `    RSS, 10 s with a stalled reader: ${r.rss.before.toFixed(0)} → ${r.rss.after.toFixed(0)} MiB (every 2 s: ${r.rss.samples.map((m) => m.toFixed(0)).join(', ')})`,
    );
  }
  const [b, w] = Object.values(results) as [(typeof results)[string], (typeof results)[string]];
  console.log(
    `  ratios relay/bare: throughput ${(w.rps / b.rps).toFixed(2)}, p50 ${(w.p50 / b.p50).toFixed(2)}, p99 ${(w.p99 / b.p99).toFixed(2)}, RSS growth ${(w.rss.after - w.rss.before).toFixed(0)} vs ${(b.rss.after - b.rss.before).toFixed(0)} MiB`,
  );
  bare.child.kill();
  relay.child.kill();
  await new Promise((r) => relay.child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
  agent.destroy();
}

const children: ChildProcess[] = [];
setTimeout(() => {
  console.error('relay bench: gave up after 180 s');
  for (const c of children) c.kill('SIGKILL');
  process.exit(1);
}, 180_000).unref();

main().catch((e: unknown) => {
  for (const c of children) c.kill('SIGKILL');
  console.error(e);
  process.exit(1);
});
