import { describe, expect, it } from 'vitest';
import { missedRuns } from './missed-runs';

const at = (s: string) => Date.parse(s);

describe('missedRuns', () => {
  it('lists the slots between the last run and now', () => {
    const from = at('2026-11-30T10:00:00Z');
    const r = missedRuns({ type: 'indefinitely', minutes: 15 }, from, from + 3_600_000, {
      timeZone: 'UTC',
      anchor: from,
    });
    expect(r).toEqual({ count: 4, capped: false, first: from + 900_000, last: from + 3_600_000 });
  });

  it('stops counting at the limit', () => {
    const from = at('2026-11-01T00:00:00Z');
    const r = missedRuns(
      { type: 'indefinitely', minutes: 1 },
      from,
      from + 86_400_000,
      { timeZone: 'UTC', anchor: from },
      100,
    );
    expect(r).toMatchObject({ count: 100, capped: true });
  });

  it('finds nothing for on-demand scenarios', () => {
    expect(missedRuns({ type: 'on-demand' }, 0, 1e12, { timeZone: 'UTC' }).count).toBe(0);
  });
});
