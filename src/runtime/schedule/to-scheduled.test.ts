import { describe, expect, it } from 'vitest';
import { initialScenarioState, type StoredScenario } from '../../storage';
import { toScheduled } from './to-scheduled';

const scenario: StoredScenario = {
  id: 's1',
  name: 'A',
  blueprint: {},
  enabled: true,
  createdAt: '2026-11-30T09:00:00.000Z',
  updatedAt: '2026-11-30T09:00:00.000Z',
  schedule: { type: 'daily', time: '08:00' },
  catchUp: true,
  enabledAt: '2026-11-30T10:00:00.000Z',
};

describe('toScheduled', () => {
  it('is active only while on, not deactivated and within budget', () => {
    const state = { ...initialScenarioState('s1'), lastSlot: '2026-11-30T11:00:00.000Z' };
    expect(toScheduled(scenario, state, false)).toEqual({
      id: 's1',
      schedule: { type: 'daily', time: '08:00' },
      anchor: Date.parse('2026-11-30T10:00:00Z'),
      lastSlot: Date.parse('2026-11-30T11:00:00Z'),
      catchUp: true,
      active: true,
    });
    expect(toScheduled(scenario, state, true).active).toBe(false);
    expect(toScheduled(scenario, { ...state, deactivatedReason: 'x' }, false).active).toBe(false);
    expect(toScheduled({ ...scenario, enabled: false }, undefined, false).active).toBe(false);
  });
});
