/**
 * `weft eval` end to end (CONTRACTS.md §2): the bundled CLI in a plain node process.
 *
 *   field text + bundles.json ──▶ node build/weft.mjs eval ──▶ stdout JSON + exit code
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runWeft } from './cli-helpers';

let bundlesFile = '';

const weft = (...args: string[]) => runWeft('eval', ...args);

beforeAll(() => {
  buildCli();
  const dir = mkdtempSync(path.join(tmpdir(), 'weft-eval-'));
  bundlesFile = path.join(dir, 'bundles.json');
  writeFileSync(
    bundlesFile,
    JSON.stringify({
      '1': { name: 'ann', items: [{ id: 7 }], file: { $binary: 'TWFrZQ==', size: 4 } },
      '3': { when: '2026-03-05T10:00:00.000Z' },
    }),
  );
}, 120_000);

describe('weft eval', () => {
  it('prints a typed value for a field that is one expression', () => {
    const r = weft('{{1.items[1].id}}', '--bundles', bundlesFile);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ value: 7 });
  });

  it('gives text for mixed fields', () => {
    const r = weft('Hi {{upper(1.name)}}', '--bundles', bundlesFile);
    expect(JSON.parse(r.stdout)).toEqual({ value: 'Hi ANN' });
  });

  it('uses --now and --timezone', () => {
    const r = weft(
      '{{formatDate(now; "YYYY-MM-DD HH:mm")}}',
      '--now',
      '2026-07-01T22:30:00Z',
      '--timezone',
      'Europe/Prague',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ value: '2026-07-02 00:30' });
  });

  it('encodes dates as ISO text in UTC and binary as $binary', () => {
    const d = weft('{{addDays(3.when; 1)}}', '--bundles', bundlesFile);
    expect(JSON.parse(d.stdout)).toEqual({ value: '2026-03-06T10:00:00.000Z' });
    const b = weft('{{1.file}}', '--bundles', bundlesFile);
    expect(JSON.parse(b.stdout)).toEqual({ value: { $binary: 'TWFrZQ==', size: 4 } });
    const t = weft('{{toString(1.file)}}', '--bundles', bundlesFile);
    expect(JSON.parse(t.stdout)).toEqual({ value: 'Make' });
  });

  it('prints null for a missing value', () => {
    const r = weft('{{1.nothing}}', '--bundles', bundlesFile);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ value: null });
  });

  it('exits 2 with the span for a syntax error', () => {
    const r = weft('x {{1.a + }}');
    expect(r.code).toBe(2);
    const { error } = JSON.parse(r.stdout) as {
      error: { code: string; span: number[]; message: string };
    };
    expect(error.code).toBe('IML_S003');
    expect(error.span).toEqual([10, 12]);
    expect(error.message.length).toBeGreaterThan(0);
  });

  it('exits 1 for an evaluation error', () => {
    const r = weft('{{1 / 0}}');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      error: { code: 'IML_E002', message: 'Division by zero.', span: [2, 7] },
    });
  });

  it('exits 2 on bad usage with nothing on stdout', () => {
    const r = weft('{{1.a}}', '--timezone', 'Mars/Olympus');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('time zone');
  });
});
