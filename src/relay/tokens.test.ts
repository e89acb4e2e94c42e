import { describe, expect, it } from 'vitest';
import { formatEventId, parseEventId } from '../shared/relay-protocol';
import { bearerToken, hashToken, newEpoch, randomId } from './tokens';

describe('ids, tokens and event ids', () => {
  it('makes 128-bit hook ids and 256-bit tokens, URL-safe and distinct', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => randomId(16)));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[\w-]{22}$/);
    expect(randomId(32)).toMatch(/^[\w-]{43}$/);
  });

  it('stores tokens as SHA-256 hex, never as themselves', () => {
    expect(hashToken('secret')).toBe(
      '2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b',
    );
  });

  it('reads Bearer headers, falling back to a query token only when given', () => {
    expect(bearerToken('Bearer abc', null)).toBe('abc');
    expect(bearerToken('bearer  abc ', null)).toBe('abc');
    expect(bearerToken('Basic abc', null)).toBeUndefined();
    expect(bearerToken(undefined, 'q')).toBe('q');
  });

  it('round-trips event ids and rejects malformed ones', () => {
    const epoch = newEpoch();
    expect(epoch).toMatch(/^[0-9a-z]+$/);
    expect(newEpoch()).not.toBe(epoch);
    expect(parseEventId(formatEventId(epoch, 42))).toEqual({ epoch, seq: 42 });
    for (const bad of ['', '42', 'a-', '-1', 'A-1', 'a-1-2', 'a-1.5', `a-${'9'.repeat(16)}`]) {
      expect(parseEventId(bad)).toBeUndefined();
    }
  });
});
