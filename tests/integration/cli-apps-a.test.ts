/**
 * `weft run --requests` end to end on blueprint (a) of issue 5: webhook payload → Parse JSON →
 * Iterator → data store dedupe (Check existence + filter + Add/replace) → Aggregate to JSON →
 * Webhook response, through the bundled CLI in a plain node process.
 *
 *   [1 webhook] → [2 parse JSON] → [3 iterator] → [4 exist?] →(exist = false)→ [5 add record]
 *                                                        … [6 aggregate to JSON ← 3] → [7 respond]
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, fixture, runWeft } from './cli-helpers';

let tmp = '';

interface Report {
  status: string;
  operations: number;
  dataTransfer: number;
  modules: Record<
    string,
    { operations: number; output: unknown[]; errors: { type: string; message: string }[] }
  >;
  error: null | { moduleId: string | null; type: string; message: string };
  dataStores: Record<string, { key: string; data: unknown }[]>;
  webhookResponse: null | { status: number; headers: [string, string][]; body: unknown };
}

const weft = runWeft;
const base = [
  '--requests',
  fixture('webhook-dedupe.requests.json'),
  '--datastore',
  `27969=${fixture('webhook-dedupe.datastore.json')}`,
  '--now',
  '2026-11-30T10:00:00Z',
];
const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v));

beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(path.join(tmpdir(), 'weft-apps-a-'));
}, 120_000);

describe('blueprint (a): webhook → parse JSON → iterator → dedupe → aggregate to JSON → respond', () => {
  it('answers with the new orders only, stores them, and counts ops and data transfer', () => {
    const r = weft('run', fixture('webhook-dedupe.blueprint.json'), ...base);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.status).toBe('success');
    // trigger 1 + parse 1 + iterator 1 + exist ×4 + add ×2 (B2 seeded, A1 repeated) + aggregate 1 + respond 1
    const ops = Object.fromEntries(
      Object.entries(report.modules).map(([id, m]) => [id, m.operations]),
    );
    expect(ops).toEqual({ '1': 1, '2': 1, '3': 1, '4': 4, '5': 2, '6': 1, '7': 1 });
    expect(report.operations).toBe(11);
    // The webhook bundle: the text/plain body as `value`, merged with the query string.
    expect(report.modules['1']?.output[0]).toMatchObject({ source: 'shop' });
    // The strict data structure 900 coerced "7.5" to a number.
    expect(report.modules['4']?.output).toEqual([
      { exist: false },
      { exist: true },
      { exist: true },
      { exist: false },
    ]);
    const body = '{"newOrders":[{"id":"A1","total":10},{"id":"C3","total":7.5}]}';
    expect(report.webhookResponse).toEqual({
      status: 200,
      headers: [['content-type', 'application/json']],
      body,
    });
    expect(report.dataStores['27969']?.map((rec) => rec.key)).toEqual(['B2', 'A1', 'C3']);
    expect(report.dataStores['27969']?.[2]).toEqual({
      key: 'C3',
      data: { total: 7.5, seenAt: '2026-11-30' },
    });
    // Data transfer: the UTF-8 JSON size of every output bundle, where it was produced.
    const sum = Object.values(report.modules).reduce(
      (n, m) => n + m.output.reduce<number>((k, b) => k + bytes(b), 0),
      0,
    );
    expect(report.dataTransfer).toBe(sum);
    expect(bytes(report.modules['6']?.output[0])).toBe(bytes({ json: body }));
  });

  it('rolls the data store writes back when a later module fails and auto commit is off', () => {
    const bp = JSON.parse(readFileSync(fixture('webhook-dedupe.blueprint.json'), 'utf8')) as {
      flow: { id: number; mapper: Record<string, unknown> }[];
      metadata: { scenario: Record<string, unknown> };
    };
    bp.metadata.scenario.autoCommit = false;
    const respond = bp.flow.find((m) => m.id === 7);
    if (respond) respond.mapper.status = 'teapot';
    const file = path.join(tmp, 'rollback.blueprint.json');
    writeFileSync(file, JSON.stringify(bp));
    const r = weft('run', file, ...base);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.error).toMatchObject({ moduleId: '7', type: 'DataError' });
    expect(report.error?.message).toMatch(/^Status: 'teapot'/);
    expect(report.dataStores['27969']?.map((rec) => rec.key)).toEqual(['B2']);
    expect(report.webhookResponse).toBeNull();
  });
});

describe('weft run --requests and --connection usage', () => {
  it('rejects --requests without a Custom webhook trigger, and malformed request files', () => {
    const other = weft(
      'run',
      fixture('error-handlers.blueprint.json'),
      '--requests',
      fixture('webhook-dedupe.requests.json'),
    );
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/--requests needs a gateway:CustomWebHook trigger/);
    const bad = path.join(tmp, 'bad-requests.json');
    writeFileSync(bad, JSON.stringify([{ method: 'POST' }]));
    const r = weft('run', fixture('webhook-dedupe.blueprint.json'), '--requests', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/request \[0\]: 'bodyBase64' must be text/);
  });

  it('rejects a connection file without type and data', () => {
    const conn = path.join(tmp, 'conn.json');
    writeFileSync(conn, JSON.stringify({ key: 'x' }));
    const r = weft('run', fixture('webhook-dedupe.blueprint.json'), '--connection', `5=${conn}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--connection 5: the file must hold/);
  });

  it('fails a webhook request whose JSON breaks the strict structure, naming the field', () => {
    const req = JSON.parse(readFileSync(fixture('webhook-dedupe.requests.json'), 'utf8')) as {
      bodyBase64: string;
    }[];
    const first = req[0];
    if (first) first.bodyBase64 = Buffer.from('{"orders":[{"total":1}]}').toString('base64');
    const file = path.join(tmp, 'invalid-requests.json');
    writeFileSync(file, JSON.stringify(req));
    const r = weft('run', fixture('webhook-dedupe.blueprint.json'), '--requests', file);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.error).toMatchObject({ moduleId: '2', type: 'BundleValidationError' });
    expect(report.error?.message).toBe('orders[1].id: a value is required');
  });
});
