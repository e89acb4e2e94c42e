import { describe, expect, it } from 'vitest';
import { applyFilterOperator } from './filter-operators';

const tz = { timezone: 'UTC' };
const check = (op: string, a: unknown, b?: unknown) => {
  const r = applyFilterOperator(op, a, b, tz);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('applyFilterOperator', () => {
  it('exist / notexist', () => {
    expect(check('exist', 'x')).toBe(true);
    expect(check('exist', '')).toBe(false);
    expect(check('notexist', undefined)).toBe(true);
  });

  it('text operators with :ci and negations', () => {
    expect(check('text:equal', 'A', 'A')).toBe(true);
    expect(check('text:equal:ci', 'Abc', 'aBC')).toBe(true);
    expect(check('text:notequal', 'a', 'b')).toBe(true);
    expect(check('text:contain', 'Hello', 'ell')).toBe(true);
    expect(check('text:notcontain:ci', 'Hello', 'ELL')).toBe(false);
    expect(check('text:startwith', 'Hello', 'He')).toBe(true);
    expect(check('text:notendwith', 'Hello', 'lo')).toBe(false);
    expect(check('text:pattern', 'order-42', '^order-\\d+$')).toBe(true);
    expect(check('text:pattern', 'ORDER', '/order/i')).toBe(true);
    expect(check('text:notpattern:ci', 'ORDER', 'order')).toBe(false);
  });

  it('number, date, time and semver orderings', () => {
    expect(check('number:greater', '10', 9)).toBe(true);
    expect(check('number:lessorequal', 3, 3)).toBe(true);
    expect(check('number:equal', 'x', 1)).toBe(false);
    expect(check('date:less', '2026-01-01', new Date('2026-01-02T00:00:00Z'))).toBe(true);
    expect(check('date:equal', '2026-01-01T00:00:00Z', 1767225600000)).toBe(true);
    expect(check('time:greater', '10:00', '09:59:59')).toBe(true);
    expect(check('semver:greater', '1.10.0', '1.9.9')).toBe(true);
    expect(check('semver:less', '1.0.0-alpha', '1.0.0')).toBe(true);
  });

  it('array contain and length comparisons, boolean equality', () => {
    expect(check('array:contain', ['a', 'b'], 'b')).toBe(true);
    expect(check('array:contain:ci', ['A'], 'a')).toBe(true);
    expect(check('array:notcontain', ['a'], 'b')).toBe(true);
    expect(check('array:greater', [1, 2, 3], 2)).toBe(true);
    expect(check('array:equal', [], 0)).toBe(true);
    expect(check('boolean:equal', 'false', false)).toBe(true);
    expect(check('boolean:notequal', 0, true)).toBe(false);
  });

  it('an unknown operator is an error, not an exception', () => {
    const r = applyFilterOperator('text:resembles', 'a', 'b', tz);
    expect(r).toMatchObject({ ok: false, error: { code: 'IML_E005' } });
  });

  it('a broken pattern is an error', () => {
    const r = applyFilterOperator('text:pattern', 'a', '(', tz);
    expect(r).toMatchObject({ ok: false, error: { code: 'IML_E001' } });
  });
});
