/**
 * The IML corpus (DESIGN.md §10.6): every tests/iml-suite/*.json file holds cases of
 * field text + bundles + now + time zone → expected value (JSON-encoded per CONTRACTS.md §1) or
 * error code. Each case runs in-process through compileField().evaluate().
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileField } from '../../src/iml';
import { decodeJsonValue, encodeJsonValue } from '../../src/shared/json-values';

interface Case {
  field: string;
  name?: string;
  bundles?: Record<string, unknown>;
  now?: string;
  timezone?: string;
  expected?: unknown;
  /** Expected error code (IML_S…, IML_T…, IML_E…). */
  error?: string;
  /** Expected error span. */
  span?: [number, number];
  /** Runtime type the value must have: date, binary, array, object, number, string, boolean, null, undefined. */
  type?: string;
  /** A regular expression the (text) value must match, for random results. */
  match?: string;
}
interface CorpusFile {
  description: string;
  cases: Case[];
}

const here = path.dirname(new URL(import.meta.url).pathname);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.json'))
  .sort();

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (v instanceof Date) return 'date';
  if (v instanceof Uint8Array) return 'binary';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function run(c: Case) {
  const bundles = (decodeJsonValue(c.bundles ?? {}) ?? {}) as Record<string, unknown>;
  return compileField(c.field).evaluate({
    bundle: (id) => bundles[id],
    now: new Date(c.now ?? '2026-03-05T10:00:00.000Z'),
    timezone: c.timezone ?? 'UTC',
    executionId: 'exec-1',
  });
}

describe.each(files)('%s', (file) => {
  const corpus = JSON.parse(readFileSync(path.join(here, file), 'utf8')) as CorpusFile;
  it.each(corpus.cases.map((c) => [c.name ?? c.field, c] as const))('%s', (_name, c) => {
    const result = run(c);
    if (c.error !== undefined) {
      expect(result.ok ? { value: encodeJsonValue(result.value) } : result.error.code).toBe(
        c.error,
      );
      if (c.span && !result.ok) expect(result.error.span).toEqual(c.span);
      return;
    }
    if (!result.ok) expect.fail(`${result.error.code}: ${result.error.message}`);
    if (c.type !== undefined) expect(typeOf(result.value)).toBe(c.type);
    if (c.match !== undefined) expect(String(result.value)).toMatch(new RegExp(c.match));
    if ('expected' in c) expect(encodeJsonValue(result.value)).toEqual(c.expected);
  });
});

describe('corpus size', () => {
  it('has at least 400 cases', () => {
    const total = files.reduce(
      (n, f) =>
        n + (JSON.parse(readFileSync(path.join(here, f), 'utf8')) as CorpusFile).cases.length,
      0,
    );
    expect(total).toBeGreaterThanOrEqual(400);
  });
});
