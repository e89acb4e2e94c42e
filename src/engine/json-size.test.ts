import { describe, expect, it } from 'vitest';
import { jsonByteSize } from './json-size';

const utf8 = (v: unknown) => new TextEncoder().encode(JSON.stringify(v) ?? '').length;

describe('jsonByteSize', () => {
  it('matches the UTF-8 length of JSON.stringify', () => {
    const samples: unknown[] = [
      0,
      7,
      123456789,
      1e21,
      -3.25,
      NaN,
      true,
      false,
      null,
      '',
      'plain',
      'é€😀',
      'a"b\\c\n\u0001',
      '\ud800x',
      [1, undefined, 'x'],
      [],
      {},
      { a: 1, b: undefined, ké: [true, null] },
      new Date('2026-03-05T10:00:00.000Z'),
      { nested: { deep: [{ x: 'y' }] } },
    ];
    for (const v of samples) expect(jsonByteSize(v), JSON.stringify(v)).toBe(utf8(v));
  });

  it('counts binary by its byte length', () => {
    expect(jsonByteSize({ data: new Uint8Array(100) })).toBe(utf8({ data: null }) - 4 + 100);
  });
});
