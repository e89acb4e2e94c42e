import { DEFAULT_SCHEDULE, type ScenarioStateRecord, type StoredScenario } from '../../storage';
import type { ScheduledScenario } from './scheduler';

const ms = (iso: string | null | undefined) => (iso ? Date.parse(iso) : null);

/**
 * What the scheduler needs from a stored scenario and its runtime state. A scenario runs on its
 * schedule only while switched on, not deactivated by errors, and not paused by a used-up budget.
 *
 * @example toScheduled(scenario, await scenarioStateRepo(db).get(scenario.id), budget.reached)
 */
export function toScheduled(
  s: StoredScenario,
  state: ScenarioStateRecord | undefined,
  budgetReached: boolean,
): ScheduledScenario {
  return {
    id: s.id,
    schedule: s.schedule ?? DEFAULT_SCHEDULE,
    anchor: ms(s.enabledAt),
    lastSlot: ms(state?.lastSlot),
    catchUp: s.catchUp ?? false,
    active: s.enabled && !state?.deactivatedReason && !budgetReached,
  };
}
