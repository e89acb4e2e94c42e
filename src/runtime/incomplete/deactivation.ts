import type { ExecutionStatus, ScenarioStateRecord } from '../../storage';

/** Errors that switch a scenario off at once, whatever the streak (MAKE-REFERENCE §1.10–1.11). */
export const DISABLING_ERRORS: readonly string[] = [
  'InvalidConfigurationError',
  'InvalidAccessTokenError',
  'MaxResultsExceededError',
  'MaxFileSizeExceededError',
  'UnexpectedError',
  'AccountValidationError',
  'OperationsLimitExceededError',
  'DataSizeLimitExceededError',
];

export const DEFAULT_MAX_ERRORS = 3;

export interface RunOutcome {
  status: ExecutionStatus;
  error?: { type: string; message: string } | null;
}

/**
 * The scenario state after a run: an error adds to the streak; a success or a warning (a handled
 * error, or one stored as incomplete) ends it. The scenario is deactivated after `maxErrors`
 * errors in a row (instant scenarios after 1), or at once for the disabling error types.
 *
 * @example afterExecution(state, { status: 'error', error }, { instant: false }, now).deactivated
 */
export function afterExecution(
  state: ScenarioStateRecord,
  outcome: RunOutcome,
  opts: { instant: boolean; maxErrors?: number },
  now: Date,
): { state: ScenarioStateRecord; deactivated: boolean } {
  if (outcome.status === 'running') return { state, deactivated: false };
  if (outcome.status !== 'error')
    return { state: { ...state, errorStreak: 0 }, deactivated: false };
  const streak = state.errorStreak + 1;
  const limit = opts.instant ? 1 : Math.max(1, opts.maxErrors ?? DEFAULT_MAX_ERRORS);
  const type = outcome.error?.type ?? 'Error';
  const last = outcome.error ? `${type}: ${outcome.error.message}` : 'an error';
  let reason: string | null = null;
  if (DISABLING_ERRORS.includes(type)) reason = `Switched off by ${last}.`;
  else if (streak >= limit) {
    reason =
      limit === 1
        ? `Switched off after an error (instant scenarios stop at the first): ${last}.`
        : `Switched off after ${streak} errors in a row. The last: ${last}.`;
  }
  const already = state.deactivatedReason !== null;
  return {
    state: {
      ...state,
      errorStreak: streak,
      deactivatedReason: reason ?? state.deactivatedReason,
      deactivatedAt: reason && !already ? now.toISOString() : state.deactivatedAt,
    },
    deactivated: reason !== null && !already,
  };
}

/** Switching a deactivated scenario back on clears the reason and the streak. */
export const reactivate = (state: ScenarioStateRecord): ScenarioStateRecord => ({
  ...state,
  errorStreak: 0,
  deactivatedReason: null,
  deactivatedAt: null,
});
