/**
 * A sliding-window request limiter per key: at most `limit` requests in any `windowMs`.
 * Keeps the last `limit` timestamps per key in a ring, so memory is bounded by active keys.
 *
 * @example
 * const rl = createRateLimiter(300, 10_000);
 * rl.take('hook-1', Date.now()) // 0 = allowed, else milliseconds until a slot frees
 */
export function createRateLimiter(limit: number, windowMs: number) {
  const rings = new Map<string, { times: number[]; next: number }>();
  return {
    take(key: string, now: number): number {
      let ring = rings.get(key);
      if (!ring) {
        ring = { times: [], next: 0 };
        rings.set(key, ring);
      }
      if (ring.times.length < limit) {
        ring.times.push(now);
        return 0;
      }
      const oldest = ring.times[ring.next] as number;
      if (now - oldest < windowMs) return oldest + windowMs - now;
      ring.times[ring.next] = now;
      ring.next = (ring.next + 1) % limit;
      return 0;
    },
    /** Forgets keys idle for a whole window (called by the relay's periodic sweep). */
    prune(now: number): void {
      for (const [key, ring] of rings) {
        const newest = ring.times[(ring.next + ring.times.length - 1) % ring.times.length];
        if (newest === undefined || now - newest >= windowMs) rings.delete(key);
      }
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
