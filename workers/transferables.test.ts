import { describe, expect, it } from 'vitest';
import { buffersIn } from './transferables';

describe('buffersIn', () => {
  it('finds each ArrayBuffer once, in typed arrays, nested objects, arrays and maps', () => {
    const a = new Uint8Array([1, 2]);
    const b = new ArrayBuffer(4);
    const value: Record<string, unknown> = {
      x: a,
      y: [{ z: new Uint8Array(a.buffer, 1) }, b],
      m: new Map([['k', new Float64Array(1)]]),
      text: 'no',
    };
    value.self = value;
    const found = buffersIn(value);
    expect(found).toHaveLength(3);
    expect(found).toContain(a.buffer);
    expect(found).toContain(b);
  });
});
