import type { IncompleteExecutionRecord, RetryPlan } from '../../storage';

/** Make's automatic retry delays after each failed attempt, in minutes (MAKE-REFERENCE §1.9). */
export const AUTO_RETRY_DELAYS_MIN = [1, 10, 10, 30, 30, 30, 180, 180] as const;
/** Error types Make retries without a Break handler. */
export const AUTO_RETRY_ERRORS: readonly string[] = [
  'ConnectionError',
  'RateLimitError',
  'ModuleTimeoutError',
];
/** A Break handler's defaults: 3 attempts, 15 minutes apart. */
export const BREAK_DEFAULTS = { attempts: 3, intervalMin: 15 } as const;
/** Make retries at most this many incomplete executions of one scenario at once. */
export const MAX_PARALLEL_RETRIES = 3;

const MINUTE = 60_000;
type Reason = IncompleteExecutionRecord['reason'];

/** The retry plan for a stored run: a Break's own plan, Make's backoff, or manual only (null). */
export function retryPlanFor(
  reason: Reason,
  breakPlan?: { attempts: number; intervalMin: number },
): RetryPlan | null {
  if (breakPlan) return { kind: 'fixed', ...breakPlan };
  return AUTO_RETRY_ERRORS.includes(reason.type) ? { kind: 'backoff' } : null;
}

/** Minutes to wait before the next attempt after `attempts` attempts, or null when none is left. */
export function retryDelayMin(plan: RetryPlan | null, attempts: number): number | null {
  if (!plan) return null;
  if (plan.kind === 'fixed') return attempts < plan.attempts ? plan.intervalMin : null;
  return AUTO_RETRY_DELAYS_MIN[attempts] ?? null;
}

const at = (now: Date, minutes: number | null) =>
  minutes === null ? null : new Date(now.getTime() + minutes * MINUTE).toISOString();

/**
 * A new incomplete execution, its first retry planned from `now` (the failed run).
 *
 * @example newIncomplete({ id, scenarioId, executionId, reason: { type: 'ConnectionError',
 *   message: 'ECONNRESET' }, size: 120, payload }, now).nextRetryAt // now + 1 min
 */
export function newIncomplete(
  input: Pick<
    IncompleteExecutionRecord,
    'id' | 'scenarioId' | 'executionId' | 'reason' | 'size' | 'payload'
  > & {
    breakPlan?: { attempts: number; intervalMin: number };
  },
  now: Date,
): IncompleteExecutionRecord {
  const { breakPlan, ...rest } = input;
  const retry = retryPlanFor(input.reason, breakPlan);
  return {
    ...rest,
    createdAt: now.toISOString(),
    state: 'pending',
    attempts: 0,
    retry,
    nextRetryAt: at(now, retryDelayMin(retry, 0)),
  };
}

/** Marks a retry as started: it is no longer due, and counts against the parallel limit. */
export const startRetry = (r: IncompleteExecutionRecord): IncompleteExecutionRecord => ({
  ...r,
  state: 'retrying',
  nextRetryAt: null,
});

/**
 * The record after an attempt ended. Success resolves it. A failure plans the next attempt while
 * the plan has one (a backoff plan only for errors Make retries); otherwise it is unresolved and
 * waits for the user.
 */
export function afterAttempt(
  r: IncompleteExecutionRecord,
  outcome: { ok: true } | { ok: false; reason: Reason },
  now: Date,
): IncompleteExecutionRecord {
  if (outcome.ok) return { ...r, state: 'resolved', attempts: r.attempts + 1, nextRetryAt: null };
  const attempts = r.attempts + 1;
  const retryable = r.retry?.kind === 'fixed' || AUTO_RETRY_ERRORS.includes(outcome.reason.type);
  const next = retryable ? at(now, retryDelayMin(r.retry, attempts)) : null;
  return {
    ...r,
    attempts,
    reason: outcome.reason,
    state: next === null ? 'unresolved' : 'pending',
    nextRetryAt: next,
  };
}

/** The user's "Retry": due at once, whatever the plan says. */
export const retryManually = (
  r: IncompleteExecutionRecord,
  now: Date,
): IncompleteExecutionRecord =>
  r.state === 'resolved' || r.state === 'retrying'
    ? r
    : { ...r, state: 'pending', nextRetryAt: now.toISOString() };

/** The user's "Resolve": done without running it again. */
export const resolveManually = (r: IncompleteExecutionRecord): IncompleteExecutionRecord => ({
  ...r,
  state: 'resolved',
  nextRetryAt: null,
});
