import { describe, expect, it } from 'vitest';
import { initialScenarioState } from '../../storage';
import { afterExecution, reactivate } from './deactivation';

const now = new Date('2026-11-30T10:00:00Z');
const error = { type: 'ConnectionError', message: 'timeout' };

describe('afterExecution', () => {
  it('switches a scheduled scenario off after 3 errors in a row; a success or warning resets', () => {
    let s = initialScenarioState('s1');
    const run = (status: 'error' | 'success' | 'warning') => {
      const r = afterExecution(
        s,
        { status, error: status === 'error' ? error : null },
        { instant: false },
        now,
      );
      s = r.state;
      return r.deactivated;
    };
    expect([run('error'), run('error'), run('success'), run('error'), run('warning')]).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([run('error'), run('error'), run('error')]).toEqual([false, false, true]);
    expect(s.deactivatedReason).toBe(
      'Switched off after 3 errors in a row. The last: ConnectionError: timeout.',
    );
    expect(run('error')).toBe(false);
    expect(reactivate(s)).toMatchObject({ errorStreak: 0, deactivatedReason: null });
  });

  it('switches an instant scenario off at the first error, and honours maxErrors', () => {
    const s = initialScenarioState('s1');
    expect(afterExecution(s, { status: 'error', error }, { instant: true }, now).deactivated).toBe(
      true,
    );
    expect(
      afterExecution(s, { status: 'error', error }, { instant: false, maxErrors: 1 }, now)
        .deactivated,
    ).toBe(true);
    expect(
      afterExecution(s, { status: 'error', error }, { instant: false, maxErrors: 5 }, now)
        .deactivated,
    ).toBe(false);
  });

  it('switches off at once for a disabling error type', () => {
    const r = afterExecution(
      initialScenarioState('s1'),
      { status: 'error', error: { type: 'InvalidConfigurationError', message: 'no url' } },
      { instant: false },
      now,
    );
    expect(r).toMatchObject({ deactivated: true, state: { deactivatedAt: now.toISOString() } });
    expect(r.state.deactivatedReason).toBe('Switched off by InvalidConfigurationError: no url.');
  });
});
