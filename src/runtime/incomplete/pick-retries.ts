import type { IncompleteExecutionRecord } from '../../storage';
import { MAX_PARALLEL_RETRIES } from './retry-policy';

/**
 * Which due retries to start now: earliest first, at most `MAX_PARALLEL_RETRIES` retrying per
 * scenario (counting those already retrying), none for a scenario that is running right now
 * (MAKE-REFERENCE §1.9).
 *
 * @example pickRetries(await incompleteRepo(db).due(now), retrying, running, now)
 */
export function pickRetries(
  candidates: readonly IncompleteExecutionRecord[],
  retrying: ReadonlyMap<string, number>,
  running: ReadonlySet<string>,
  now: Date,
): IncompleteExecutionRecord[] {
  const nowIso = now.toISOString();
  const busy = new Map(retrying);
  const picked: IncompleteExecutionRecord[] = [];
  const due = candidates
    .filter((r) => r.state === 'pending' && r.nextRetryAt !== null && r.nextRetryAt <= nowIso)
    .sort((a, b) =>
      a.nextRetryAt! < b.nextRetryAt! ? -1 : a.nextRetryAt! > b.nextRetryAt! ? 1 : 0,
    );
  for (const r of due) {
    if (running.has(r.scenarioId)) continue;
    const n = busy.get(r.scenarioId) ?? 0;
    if (n >= MAX_PARALLEL_RETRIES) continue;
    busy.set(r.scenarioId, n + 1);
    picked.push(r);
  }
  return picked;
}
