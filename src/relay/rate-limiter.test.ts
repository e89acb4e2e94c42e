import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter';

describe('createRateLimiter', () => {
  it('allows `limit` requests per sliding window and says how long to wait', () => {
    const rl = createRateLimiter(3, 10_000);
    expect([rl.take('h', 0), rl.take('h', 1000), rl.take('h', 2000)]).toEqual([0, 0, 0]);
    expect(rl.take('h', 2500)).toBe(7500);
    // The oldest slot frees at 10 000; the next one at 11 000.
    expect(rl.take('h', 10_000)).toBe(0);
    expect(rl.take('h', 10_500)).toBe(500);
    expect(rl.take('h', 11_000)).toBe(0);
  });

  it('keeps keys apart and forgets idle ones', () => {
    const rl = createRateLimiter(1, 100);
    expect(rl.take('a', 0)).toBe(0);
    expect(rl.take('b', 0)).toBe(0);
    expect(rl.take('a', 50)).toBe(50);
    rl.prune(200);
    expect(rl.take('a', 201)).toBe(0);
  });
});
