import { describe, expect, it } from 'vitest';
import { compileValue } from './compile-value';
import { IGNORE, type EvalContext } from './types';

const ctx = (bundles: Record<string, unknown>): EvalContext => ({
  bundle: (id) => bundles[id],
  now: new Date('2026-03-05T10:00:00Z'),
  timezone: 'UTC',
  executionId: 'e',
});

describe('compileValue', () => {
  it('evaluates strings as fields, recursing through arrays and objects', () => {
    // mapper: { url, headers: [{ name, value }], n } fed by module 1
    const v = compileValue(
      {
        url: 'https://x/{{1.id}}',
        headers: [{ name: 'A', value: '{{upper(1.k)}}' }],
        n: 3,
        on: true,
      },
      'mapper',
    );
    expect(v.errors).toEqual([]);
    expect(v.moduleRefs).toEqual(['1']);
    expect(v.evaluate(ctx({ '1': { id: 7, k: 'v' } }))).toEqual({
      ok: true,
      value: { url: 'https://x/7', headers: [{ name: 'A', value: 'V' }], n: 3, on: true },
    });
  });

  it('omits keys whose value is ignore', () => {
    const v = compileValue({ a: '{{ignore}}', b: '{{if(1.x; 1.x; ignore)}}', c: 'kept' });
    const r = v.evaluate(ctx({ '1': {} }));
    expect(r).toEqual({ ok: true, value: { c: 'kept' } });
    expect(r.ok && Object.values(r.value as object)).not.toContain(IGNORE);
  });

  it('reports compile errors with JSON paths', () => {
    const v = compileValue({ headers: [{ value: '{{1.a +}}' }] }, 'mapper');
    expect(v.errors).toHaveLength(1);
    expect(v.errors[0]).toMatchObject({ code: 'IML_S003', path: 'mapper.headers[0].value' });
    const r = v.evaluate(ctx({}));
    expect(r.ok).toBe(false);
  });

  it('returns the first evaluation error with its path', () => {
    const v = compileValue({ a: 'ok', b: ['{{1 / 0}}'] }, 'mapper');
    const r = v.evaluate(ctx({}));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'IML_E002', path: 'mapper.b[0]', span: [2, 7] },
    });
  });
});
