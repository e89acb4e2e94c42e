import { describe, expect, it } from 'vitest';
import { storedHeaders } from './ingest';

describe('storedHeaders', () => {
  it('lower-cases names, keeps order and repeats, drops hop-by-hop framing headers', () => {
    const raw = [
      'Host',
      'x',
      'X-Sig',
      'A',
      'Connection',
      'keep-alive',
      'x-sig',
      'B',
      'Transfer-Encoding',
      'chunked',
      'Cookie',
      'c=1',
    ];
    expect(storedHeaders(raw)).toEqual([
      ['host', 'x'],
      ['x-sig', 'A'],
      ['x-sig', 'B'],
      ['cookie', 'c=1'],
    ]);
  });
});
