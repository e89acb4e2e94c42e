import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../storage';
import { nextRun } from './next-run';
import { zonedToUtc } from './zoned-time';

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
const at = (s: string) => Date.parse(s);
const BERLIN = { timeZone: 'Europe/Berlin' };
const NY = { timeZone: 'America/New_York' };

/** The next `n` slots after `from`. */
function slots(s: Schedule, from: string, n: number, ctx: { timeZone: string; anchor?: number }) {
  const out: (string | null)[] = [];
  let t: number | null = at(from);
  for (let i = 0; i < n && t !== null; i++) {
    t = nextRun(s, t, ctx);
    out.push(iso(t));
  }
  return out;
}

describe('zonedToUtc', () => {
  it('moves a time that does not exist forward and takes the first of a repeated time', () => {
    expect(iso(zonedToUtc(2026, 3, 29, 150, 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(zonedToUtc(2026, 10, 25, 150, 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(zonedToUtc(2026, 7, 1, 600, 'Asia/Kolkata'))).toBe('2026-07-01T04:30:00.000Z');
  });
});

describe('nextRun', () => {
  it('runs daily at the same wall time across both DST changes', () => {
    const s: Schedule = { type: 'daily', time: '08:00' };
    expect(slots(s, '2026-03-27T12:00:00Z', 3, BERLIN)).toEqual([
      '2026-03-28T07:00:00.000Z',
      '2026-03-29T06:00:00.000Z',
      '2026-03-30T06:00:00.000Z',
    ]);
    expect(slots(s, '2026-10-24T12:00:00Z', 2, BERLIN)).toEqual([
      '2026-10-25T07:00:00.000Z',
      '2026-10-26T07:00:00.000Z',
    ]);
  });

  it('runs a daily 02:30 once on both DST nights', () => {
    const s: Schedule = { type: 'daily', time: '02:30' };
    // Spring: 02:30 does not exist; it runs at 03:30 CEST. Autumn: 02:30 happens twice; once.
    expect(slots(s, '2026-03-28T12:00:00Z', 2, BERLIN)).toEqual([
      '2026-03-29T01:30:00.000Z',
      '2026-03-30T00:30:00.000Z',
    ]);
    expect(slots(s, '2026-10-24T12:00:00Z', 2, BERLIN)).toEqual([
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
    ]);
  });

  it('counts real minutes for intervals, from the anchor, through DST', () => {
    const anchor = at('2026-03-29T00:10:00Z');
    const s: Schedule = { type: 'indefinitely', minutes: 30 };
    expect(slots(s, '2026-03-29T00:10:00Z', 3, { ...BERLIN, anchor })).toEqual([
      '2026-03-29T00:40:00.000Z',
      '2026-03-29T01:10:00.000Z',
      '2026-03-29T01:40:00.000Z',
    ]);
    expect(iso(nextRun(s, at('2026-03-29T05:00:00Z'), { ...BERLIN, anchor }))).toBe(
      '2026-03-29T05:10:00.000Z',
    );
  });

  it('skips days of the month a month does not have, and keeps 31 for the months that do', () => {
    const s: Schedule = { type: 'monthly', days: [31], time: '09:00' };
    expect(slots(s, '2026-01-31T12:00:00Z', 3, { timeZone: 'UTC' })).toEqual([
      '2026-03-31T09:00:00.000Z',
      '2026-05-31T09:00:00.000Z',
      '2026-07-31T09:00:00.000Z',
    ]);
    const leap: Schedule = { type: 'yearly', months: [2], days: [29], time: '00:00' };
    expect(slots(leap, '2026-01-01T00:00:00Z', 2, { timeZone: 'UTC' })).toEqual([
      '2028-02-29T00:00:00.000Z',
      '2032-02-29T00:00:00.000Z',
    ]);
  });

  it('takes weekdays and month days in the user time zone, not UTC', () => {
    // Monday 07:00 in New York is Monday 12:00 UTC; 23:30 Sunday in NY is already Monday in UTC.
    const s: Schedule = { type: 'weekly', days: [1], time: '23:30' };
    expect(slots(s, '2026-11-30T00:00:00Z', 2, NY)).toEqual([
      '2026-12-01T04:30:00.000Z',
      '2026-12-08T04:30:00.000Z',
    ]);
    const eom: Schedule = { type: 'monthly', days: [1], time: '00:15' };
    expect(iso(nextRun(eom, at('2026-11-30T12:00:00Z'), BERLIN))).toBe('2026-11-30T23:15:00.000Z');
  });

  it('keeps within start/end dates and time windows', () => {
    const s: Schedule = {
      type: 'indefinitely',
      minutes: 60,
      between: { start: '2026-12-01T00:00:00Z', end: '2026-12-03T00:00:00Z' },
      restrict: [{ days: [1, 2, 3, 4, 5], time: ['09:00', '11:00'] }],
    };
    const ctx = { timeZone: 'UTC', anchor: at('2026-11-01T00:00:00Z') };
    // 2026-12-01 is a Tuesday.
    expect(slots(s, '2026-11-20T00:00:00Z', 5, ctx)).toEqual([
      '2026-12-01T09:00:00.000Z',
      '2026-12-01T10:00:00.000Z',
      '2026-12-02T09:00:00.000Z',
      '2026-12-02T10:00:00.000Z',
      null,
    ]);
    const night: Schedule = {
      type: 'indefinitely',
      minutes: 120,
      restrict: [{ time: ['22:00', '02:00'] }],
    };
    expect(
      slots(night, '2026-12-01T12:00:00Z', 3, {
        timeZone: 'UTC',
        anchor: at('2026-12-01T00:00:00Z'),
      }),
    ).toEqual(['2026-12-01T22:00:00.000Z', '2026-12-02T00:00:00.000Z', '2026-12-02T22:00:00.000Z']);
  });

  it('runs once, and never for on demand or immediately', () => {
    const once: Schedule = { type: 'once', date: '2026-12-24T18:00:00Z' };
    expect(slots(once, '2026-12-01T00:00:00Z', 2, BERLIN)).toEqual([
      '2026-12-24T18:00:00.000Z',
      null,
    ]);
    expect(nextRun({ type: 'on-demand' }, 0, BERLIN)).toBeNull();
    expect(nextRun({ type: 'immediately' }, 0, BERLIN)).toBeNull();
    expect(nextRun({ type: 'daily', time: '25:00' }, 0, BERLIN)).toBeNull();
  });
});
