import type { ScenarioSettings } from './blueprint';

/**
 * Make's defaults for `metadata.scenario`, as its own current exports write them
 * (MAKE-REFERENCE.md §7.1). Integromat-era exports lack several keys; see ADR 0200 for why a
 * missing `autoCommit` reads as `true` while a present `false` is always kept.
 */
export const SCENARIO_DEFAULTS: Readonly<ScenarioSettings> = Object.freeze({
  roundtrips: 1,
  maxErrors: 3,
  autoCommit: true,
  autoCommitTriggerLast: true,
  sequential: false,
  slots: null,
  confidential: false,
  dataloss: false,
  dlq: false,
  freshVariables: false,
});
