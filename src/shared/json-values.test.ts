import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodeJsonValue, encodeJsonValue } from './json-values';

describe('json-values (CONTRACTS.md §1)', () => {
  it('encodes dates as ISO text in UTC and binary as $binary with size', () => {
    const value = {
      at: new Date(Date.UTC(2026, 2, 5, 10)),
      file: new Uint8Array([77, 97, 107, 101]),
    };
    expect(encodeJsonValue(value)).toEqual({
      at: '2026-03-05T10:00:00.000Z',
      file: { $binary: 'TWFrZQ==', size: 4 },
    });
  });

  it('drops undefined keys, turns undefined items and non-finite numbers into null', () => {
    expect(encodeJsonValue({ a: undefined, b: [undefined, NaN], c: Symbol('x') })).toEqual({
      b: [null, null],
    });
  });

  it('decodes $binary back to bytes, deeply', () => {
    const decoded = decodeJsonValue({ list: [{ f: { $binary: 'AAEC/w==', size: 4 } }] }) as {
      list: { f: Uint8Array }[];
    };
    expect(decoded.list[0]?.f).toBeInstanceOf(Uint8Array);
    expect([...(decoded.list[0]?.f ?? [])]).toEqual([0, 1, 2, 255]);
  });

  it('round-trips binary of every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const back = decodeJsonValue(JSON.parse(JSON.stringify(encodeJsonValue(bytes))));
    expect(back).toEqual(bytes);
  });

  it('reads URL-safe and unpadded base64, rejects text that is none', () => {
    expect(base64ToBytes('_-8')).toEqual(new Uint8Array([255, 239]));
    expect(base64ToBytes('TWFrZQ')).toEqual(new Uint8Array([77, 97, 107, 101]));
    expect(base64ToBytes('@@@')).toBeUndefined();
    expect(bytesToBase64(new Uint8Array(0))).toBe('');
  });
});
