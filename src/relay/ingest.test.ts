import { describe, expect, it } from 'vitest';
import { rawTarget, storedHeaders } from './ingest';

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

describe('rawTarget', () => {
  it('keeps the path and query exactly as sent', () => {
    const target = '/hook/a/./b?q=a b&"x"=%7B';
    expect(rawTarget(target, new URL(target, 'http://x'))).toEqual({
      path: '/hook/a/./b',
      query: 'q=a b&"x"=%7B',
    });
    expect(rawTarget('/hook/a', new URL('http://x/hook/a'))).toEqual({
      path: '/hook/a',
      query: '',
    });
    expect(rawTarget('http://h/hook/a?z', new URL('http://h/hook/a?z'))).toEqual({
      path: '/hook/a',
      query: 'z',
    });
  });
});
