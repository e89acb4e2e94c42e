import { describe, expect, it } from 'vitest';
import { defaultConfig } from './config';
import { validateHookPatch, validateResponse } from './validate';

describe('validateHookPatch', () => {
  const all = ['name', 'enabled', 'respondTimeoutMs'] as const;
  it('accepts the allowed fields, including null to switch response mode off', () => {
    expect(
      validateHookPatch({ name: 'A', enabled: false, respondTimeoutMs: null }, defaultConfig, [
        ...all,
      ]),
    ).toEqual({
      ok: true,
      value: { name: 'A', enabled: false, respondTimeoutMs: null },
    });
  });
  it('names the bad field', () => {
    const r = validateHookPatch({ enabled: true }, defaultConfig, ['name']);
    expect(r).toEqual({
      ok: false,
      problem: expect.objectContaining({ code: 'RELAY_R001', path: 'enabled' }),
    });
    const t = validateHookPatch({ respondTimeoutMs: 100_001 }, defaultConfig, [...all]);
    expect(t.ok ? undefined : t.problem.path).toBe('respondTimeoutMs');
  });
});

describe('validateResponse', () => {
  it('defaults headers and body to none', () => {
    expect(validateResponse({ status: 204 })).toEqual({
      ok: true,
      value: { status: 204, headers: [], bodyBase64: '' },
    });
  });
  it('refuses bad statuses, header injection and non-base64 bodies', () => {
    for (const body of [
      { status: 99 },
      { status: '200' },
      { status: 200, headers: [['x', 'a\r\nset-cookie: y']] },
      { status: 200, headers: [['bad name', 'v']] },
      { status: 200, bodyBase64: '***' },
    ]) {
      expect(validateResponse(body).ok).toBe(false);
    }
  });
});
