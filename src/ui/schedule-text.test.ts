import { describe, expect, it } from 'vitest';
import { describeSchedule } from './schedule-text';

describe('describeSchedule', () => {
  it('names intervals in the largest whole unit', () => {
    expect(describeSchedule(undefined)).toBe('Every 15 minutes');
    expect(describeSchedule({ type: 'indefinitely', minutes: 1 })).toBe('Every minute');
    expect(describeSchedule({ type: 'indefinitely', minutes: 120 })).toBe('Every 2 hours');
    expect(describeSchedule({ type: 'indefinitely', minutes: 60 })).toBe('Every hour');
    expect(
      describeSchedule({
        type: 'indefinitely',
        minutes: 15,
        restrict: [{ time: ['09:00', '17:00'] }],
      }),
    ).toBe('Every 15 minutes, 09:00–17:00');
    expect(describeSchedule({ type: 'indefinitely', minutes: 2880 })).toBe('Every 2 days');
  });

  it('lists days, dates and months in words', () => {
    expect(describeSchedule({ type: 'daily', time: '08:30' })).toBe('Every day at 08:30');
    expect(describeSchedule({ type: 'weekly', days: [1, 3, 5], time: '09:00' })).toBe(
      'Mon, Wed and Fri at 09:00',
    );
    expect(describeSchedule({ type: 'monthly', days: [1, 22, 13], time: '07:00' })).toBe(
      'Monthly on the 1st, 22nd and 13th at 07:00',
    );
    expect(describeSchedule({ type: 'yearly', months: [1, 12], days: [31], time: '23:00' })).toBe(
      'Jan and Dec, on the 31st at 23:00',
    );
  });

  it('names the kinds that never run on a clock', () => {
    expect(describeSchedule({ type: 'on-demand' })).toBe('On demand');
    expect(describeSchedule({ type: 'immediately' })).toBe('Immediately as data arrives');
  });
});
