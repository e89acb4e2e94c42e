import { describe, expect, it } from 'vitest';
import { bundleSize } from './bundle-size';
import { limitBundles } from './truncate-bundles';

const utf8Json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).byteLength;

describe('bundleSize', () => {
  it('equals the UTF-8 JSON length for plain values', () => {
    const values = [
      { a: 'é', b: [1, 2.5, true, null], c: { d: 'q"\\\n\u0001', e: '😀' } },
      [],
      {},
      'plain',
      -12.75,
    ];
    for (const v of values) expect(bundleSize(v)).toBe(utf8Json(v));
  });

  it('counts binary by its byte length', () => {
    expect(bundleSize(new Uint8Array(1000))).toBe(1000);
  });
});

describe('limitBundles', () => {
  it('keeps whole bundles up to the limit and notes the rest', () => {
    const b = [{ t: 'a'.repeat(40) }, { t: 'b'.repeat(40) }, { t: 'c'.repeat(40) }];
    const size = utf8Json(b[0]);
    expect(limitBundles(b, size * 3)).toEqual({ bundles: b, truncated: false });
    expect(limitBundles(b, size * 2 + 1)).toEqual({
      bundles: [b[0], b[1], { $truncated: true, bundles: 1, size }],
      truncated: true,
    });
  });
});
