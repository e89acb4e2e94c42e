/**
 * `weft run` and `weft check` end to end (CONTRACTS.md §2) on Make-shaped blueprints from
 * tests/blueprints/: the bundled CLI in a plain node process, report on stdout, exit codes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, fixture, runWeft } from './cli-helpers';

let tmp = '';

interface Report {
  status: string;
  operations: number;
  dataTransfer: number;
  cycles: number;
  modules: Record<
    string,
    {
      operations: number;
      input: unknown[];
      output: unknown[];
      errors: { type: string; message: string }[];
    }
  >;
  error: null | { moduleId: string | null; type: string; message: string };
  incomplete: { moduleId: string; retry: unknown }[];
  dataStores: Record<string, { key: string; data: unknown }[]>;
  webhookResponse: unknown;
}

const weft = runWeft;
const report = (stdout: string) => JSON.parse(stdout) as Report;
const outputs = (r: Report, id: number) => r.modules[String(id)]?.output ?? [];
const ops = (r: Report) =>
  Object.fromEntries(Object.entries(r.modules).map(([id, m]) => [id, m.operations]));

beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(path.join(tmpdir(), 'weft-run-'));
}, 120_000);

describe('weft run', () => {
  // [1 webhook] → [2 trigger: 2 bundles] → [3 compose] → [4 compose]  = 1 + 2 + 2 = 5 operations
  it('runs the seed example: --input bundles are emitted by the trigger in its one operation', () => {
    const bp = path.join(tmp, 'seed.json');
    writeFileSync(
      bp,
      JSON.stringify({
        name: 'seed',
        flow: [
          { id: 1, module: 'gateway:CustomWebHook', version: 1, parameters: { hook: 1 } },
          {
            id: 2,
            module: 'util:ComposeTransformer',
            version: 1,
            mapper: { value: 'small {{1.name}}' },
          },
          {
            id: 3,
            module: 'util:ComposeTransformer',
            version: 1,
            mapper: { value: 'uploaded {{2.value}}' },
          },
        ],
      }),
    );
    const input = path.join(tmp, 'seed.input.json');
    writeFileSync(
      input,
      JSON.stringify([
        { name: 'a.png', file: { $binary: 'TWFrZQ==', size: 4 } },
        { name: 'b.png' },
      ]),
    );
    const r = weft('run', bp, '--input', input);
    expect(r.code).toBe(0);
    const rep = report(r.stdout);
    expect(rep.status).toBe('success');
    expect(rep.operations).toBe(5);
    expect(ops(rep)).toEqual({ '1': 1, '2': 2, '3': 2 });
    expect(outputs(rep, 3)).toEqual([
      { value: 'uploaded small a.png' },
      { value: 'uploaded small b.png' },
    ]);
    expect(outputs(rep, 1)[0]).toEqual({ name: 'a.png', file: { $binary: 'TWFrZQ==', size: 4 } });
    expect(rep.dataTransfer).toBeGreaterThan(0);
    expect(rep).toMatchObject({
      error: null,
      incomplete: [],
      dataStores: {},
      webhookResponse: null,
      cycles: 1,
    });
  });

  // [1 webhook maxResults 2] → [2 set variables] → [3 router] ─┬─ (country = cz, :ci)   → [4 compose]
  //                                                            ├─ (total ≥ 100 OR VIP)  → [5 compose]
  //                                                            └─ fallback (else: 2)    → [6 compose]
  it('routes with filters (:ci operators) and a fallback route, cycle by cycle', () => {
    const r = weft(
      'run',
      fixture('orders-router.blueprint.json'),
      '--input',
      fixture('orders-router.input.json'),
      '--cycles',
      '3',
    );
    expect(r.code).toBe(0);
    const rep = report(r.stdout);
    expect(rep.cycles).toBe(3);
    expect(ops(rep)).toEqual({ '1': 3, '2': 5, '3': 0, '4': 2, '5': 2, '6': 2 });
    expect(outputs(rep, 4)).toEqual([
      { value: 'CZ order for Ema: 20' },
      { value: 'CZ order for Jan: 200' },
    ]);
    expect(outputs(rep, 5)).toEqual([{ value: 'big: 150' }, { value: 'big: 200' }]);
    expect(outputs(rep, 6)).toEqual([{ value: 'other: fr' }, { value: 'other: at' }]);
    const one = report(
      weft(
        'run',
        fixture('orders-router.blueprint.json'),
        '--input',
        fixture('orders-router.input.json'),
      ).stdout,
    );
    expect(one.cycles).toBe(1);
    expect(one.operations).toBe(1 + 2 + 1 + 1);
  });

  // [1 router, first module] ─┬─ [2 legacy set var] → [3 legacy get var] → [4 switch (regex)]
  //                           └─ [5 repeater 3] → [6 compose] → [7 text aggregator, feeder 5] → [8 compose]
  it('runs an Integromat-era export: router first, legacy variables, switch, text aggregator', () => {
    const r = weft('run', fixture('daily-digest-integromat.blueprint.json'));
    expect(r.code).toBe(0);
    const rep = report(r.stdout);
    expect(ops(rep)).toEqual({ '1': 0, '2': 1, '3': 1, '4': 1, '5': 1, '6': 3, '7': 1, '8': 1 });
    expect(outputs(rep, 3)).toEqual([{ value: 'sunny, 21 °C' }]);
    expect(outputs(rep, 4)).toEqual([{ output: 'wear a hat' }]);
    expect(outputs(rep, 8)).toEqual([
      { value: 'Today:\n8:00 meeting\n10:00 meeting\n12:00 meeting' },
    ]);
  });

  // [1 basic trigger: a, b (fails), c] → [2 repeater] ⇢ [7 set var] → [8 Resume {i: 0}]
  //   → [3 compose] → [4 repeater (fails on c1)] ⇢ [9 Ignore] → [5 get var]
  it('handles errors with Resume and Ignore routes; {{N.error}} is mappable in the handler', () => {
    const r = weft('run', fixture('error-handlers.blueprint.json'));
    expect(r.code).toBe(0);
    const rep = report(r.stdout);
    expect(rep.status).toBe('success');
    expect(outputs(rep, 3)).toEqual([
      { value: 'a1' },
      { value: 'a2' },
      { value: 'b0' },
      { value: 'c1' },
    ]);
    expect(outputs(rep, 5)).toEqual([{}, {}, { lastError: 'BundleValidationError: page b' }]);
    expect(ops(rep)).toEqual({ '1': 1, '2': 3, '3': 4, '4': 4, '5': 3, '7': 1, '8': 0, '9': 0 });
    expect(rep.modules['4']?.errors).toHaveLength(1);
  });

  // [1 webhook] → [2 repeater] ⇢ [6 Break] → [3 set variable] → [4 repeater] ⇢ [7 compose] → [8 Commit] → [5 compose]
  it('stores a Break as an incomplete execution (warning, exit 0) and stops at a Commit', () => {
    const r = weft(
      'run',
      fixture('break-commit.blueprint.json'),
      '--input',
      fixture('break-commit.input.json'),
    );
    expect(r.code).toBe(0);
    const rep = report(r.stdout);
    expect(rep.status).toBe('warning');
    expect(rep.incomplete).toEqual([
      expect.objectContaining({
        moduleId: '2',
        retry: { enabled: true, attempts: 3, intervalMinutes: 5 },
      }),
    ]);
    expect(outputs(rep, 5)).toEqual([{ value: 'done alpha-1' }, { value: 'done alpha-2' }]);
    expect(outputs(rep, 7)).toEqual([
      { value: 'stopping at stop-1: Repeats must be an integer from 0 to 10,000' },
    ]);
    expect(ops(rep)['1']).toBe(1);
    expect(rep.operations).toBe(13);
  });

  // [1 webhook maxResults 1] → [2 iterator] → (in stock) → [3 set variables] → [4 array aggregator, feeder 2] → [5 compose]
  it('aggregates with a feeder per trigger bundle, one cycle per bundle (roundtrips 2)', () => {
    const r = weft(
      'run',
      fixture('feeder-aggregate.blueprint.json'),
      '--input',
      fixture('feeder-aggregate.input.json'),
    );
    expect(r.code).toBe(0);
    const rep = report(r.stdout);
    expect(rep.cycles).toBe(2);
    expect(outputs(rep, 4)).toEqual([
      {
        array: [
          { label: 'A-2', amount: 6 },
          { label: 'C-4', amount: 4 },
        ],
      },
      { array: [] },
    ]);
    expect(outputs(rep, 5)).toEqual([{ value: 'order 1: 2 lines' }, { value: 'order 2: 0 lines' }]);
    expect(ops(rep)).toEqual({ '1': 2, '2': 2, '3': 2, '4': 2, '5': 2 });
  });

  it('seeds data stores with --datastore and lists them in the report', () => {
    const records = path.join(tmp, 'records.json');
    writeFileSync(records, JSON.stringify([{ key: 'k1', data: { n: 1 } }]));
    const r = weft(
      'run',
      fixture('daily-digest-integromat.blueprint.json'),
      '--datastore',
      `27969=${records}`,
    );
    expect(report(r.stdout).dataStores).toEqual({ '27969': [{ key: 'k1', data: { n: 1 } }] });
  });

  // [1 webhook] → [2 google-sheets:addRow (unsupported)] → [3 compose]
  it('stops in initialization on an unsupported module: 0 operations, error, exit 1', () => {
    const r = weft(
      'run',
      fixture('unsupported.blueprint.json'),
      '--input',
      fixture('orders-router.input.json'),
    );
    expect(r.code).toBe(1);
    const rep = report(r.stdout);
    expect(rep.status).toBe('error');
    expect(rep.operations).toBe(0);
    expect(rep.error?.message).toContain('module 2 (google-sheets:addRow)');
    expect(ops(rep)).toEqual({ '1': 0, '2': 0, '3': 0 });
  });

  it('rejects an invalid blueprint with every problem and its path on stderr, exit 2', () => {
    const r = weft('run', fixture('invalid.blueprint.json'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('flow[1].routes[1].flow[0].id: duplicate id 3');
    expect(r.stderr).toContain(
      'flow[1].parameters.else: fallback route index must be an integer from 0 to 1',
    );
    expect(r.stderr).toContain('metadata.scenario.autoCommit: expected a boolean, got "yes"');
    expect(r.stderr).not.toContain('    at ');
  });

  it('gives exit 2 for bad usage and unreadable files, never a stack trace', () => {
    const notJson = path.join(tmp, 'not.json');
    writeFileSync(notJson, '{"flow": [');
    for (const args of [
      ['run'],
      ['run', fixture('x.json')],
      ['run', notJson],
      ['run', fixture('unsupported.blueprint.json'), '--cycles', '0'],
      ['run', fixture('unsupported.blueprint.json'), '--bogus'],
    ]) {
      const r = weft(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toContain('    at ');
    }
  });
});

describe('weft check', () => {
  it('reports unsupported modules and mapping errors without making the blueprint invalid', () => {
    const r = weft('check', fixture('unsupported.blueprint.json'));
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(rep).toMatchObject({
      valid: true,
      problems: [],
      unsupported: [{ id: 2, module: 'google-sheets:addRow' }],
      hostUnavailable: [],
    });
    expect(rep.mappingErrors).toEqual([
      expect.objectContaining({ path: 'flow[2].mapper.value', span: [0, 8] }),
    ]);
  });

  it('lists every problem of an invalid blueprint, exit 2', () => {
    const r = weft('check', fixture('invalid.blueprint.json'));
    expect(r.code).toBe(2);
    const rep = JSON.parse(r.stdout) as { valid: boolean; problems: { path: string }[] };
    expect(rep.valid).toBe(false);
    expect(rep.problems.map((p) => p.path)).toEqual([
      'flow[1].routes[1].flow[0].id',
      'flow[1].routes[1].flow[1].id',
      'flow[1].parameters.else',
      'flow[2].parameters.feeder',
      'metadata.scenario.autoCommit',
    ]);
  });
});
