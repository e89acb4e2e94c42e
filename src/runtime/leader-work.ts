import {
  SETTING_DEFAULTS,
  liveQuery,
  periodKeys,
  scenarioStateRepo,
  settingsRepo,
  usageRepo,
  type BudgetSetting,
  type StoredScenario,
  type WeftDb,
} from '../storage';
import type { Clock } from './clock';
import type { EngineService } from './engine-service';
import { createRetryLoop } from './incomplete/retry-loop';
import { startRelayLink } from './relay/relay-link';
import { scheduledWebhookInput } from './relay/webhook-dispatch';
import type { RelayStreamStatus } from './relay/relay-stream';
import { pruneHistory } from './prune-history';
import { closeAbandonedRuns } from './run/abandoned-runs';
import { createScheduler } from './schedule/scheduler';
import { toScheduled } from './schedule/to-scheduled';
import { budgetStatus, type BudgetStatus } from './usage/budget';
import type { MissedRuns } from './schedule/missed-runs';

const DAY = 86_400_000;
const POLL_MS = 30_000;

export interface LeaderWorkDeps {
  db: WeftDb;
  clock: Clock;
  service: EngineService;
  timeZone: () => string;
  running: () => ReadonlySet<string>;
  onMissed?: (scenarioId: string, missed: MissedRuns, late: boolean) => void;
  onBudget?: (status: BudgetStatus) => void;
  onRelay?: (status: RelayStreamStatus | { state: 'no-relay' }) => void;
}

/**
 * What only the leader tab does: the schedule (scheduler → pool → recordOutcome), incomplete
 * execution retries, and History pruning on start and daily. The scheduler reloads when
 * scenarios change in any tab (Dexie live query) and after each run (budgets, deactivation).
 *
 * @example const work = await startLeaderWork(deps); … work.stop();
 */
export async function startLeaderWork(deps: LeaderWorkDeps) {
  const { db, clock, service } = deps;
  const now = () => new Date(clock.now());

  const load = async () => {
    const [scenarios, states, budget] = await Promise.all([
      db.scenarios.toArray(),
      scenarioStateRepo(db).list(),
      settingsRepo(db).get<BudgetSetting | null>('budget', SETTING_DEFAULTS.budget),
    ]);
    const month = await usageRepo(db).get(periodKeys(now(), deps.timeZone()).month);
    const status = budgetStatus(month, budget);
    deps.onBudget?.(status);
    const byId = new Map(states.map((s) => [s.scenarioId, s]));
    return scenarios.map((s) => toScheduled(s, byId.get(s.id), status.reached));
  };

  // A scheduled Custom webhook scenario takes what waits in its hook's inbox (instant ones are
  // run by the relay link as requests arrive).
  const scheduledRun = async (scenarioId: string, trigger: 'schedule' | 'catch-up') => {
    const scenario = (await db.scenarios.get(scenarioId)) as StoredScenario | undefined;
    const webhook = scenario ? await scheduledWebhookInput(db, scenario) : undefined;
    await service.run({ scenarioId, trigger, input: webhook?.input });
    await webhook?.done();
  };
  const scheduler = createScheduler({
    clock,
    timeZone: deps.timeZone,
    load,
    claim: (id, slot) => scenarioStateRepo(db).claimSlot(id, new Date(slot), now()),
    run: (scenarioId, trigger) => void scheduledRun(scenarioId, trigger).catch(() => undefined),
    onMissed: deps.onMissed,
  });
  const retries = createRetryLoop({
    db,
    clock,
    running: deps.running,
    retry: (record, payload) =>
      service.run(
        { scenarioId: record.scenarioId, trigger: 'retry', resume: payload },
        undefined,
        record.id,
      ),
  });

  // Scenario edits reach the scheduler through the live query at once in the browser; the poll
  // is the fallback where live queries do not fire (another tab's write missed, Node tests).
  let pollTimer: unknown = null;
  const poll = () => {
    pollTimer = clock.setTimeout(() => {
      void scheduler.refresh();
      poll();
    }, POLL_MS);
  };

  let pruneTimer: unknown = null;
  const prune = async () => {
    await closeAbandonedRuns(db, now()).catch(() => 0);
    await pruneHistory(db, now()).catch(() => 0);
    pruneTimer = clock.setTimeout(() => void prune(), DAY);
  };

  await scheduler.start();
  // Scenarios and the monthly budget: a change to either reloads the schedule (and the budget
  // status the Usage page shows).
  const watch = liveQuery(() =>
    Promise.all([db.scenarios.toArray(), db.settings.get('budget')]),
  ).subscribe({
    next: () => void scheduler.refresh(),
    error: () => undefined,
  });
  // A "Retry now" from any tab makes an incomplete execution due at once: look again.
  const watchIncomplete = liveQuery(() =>
    db.incompleteExecutions.where('state').equals('pending').primaryKeys(),
  ).subscribe({ next: () => retries.poke(), error: () => undefined });
  poll();
  await retries.start();
  await prune();
  // Webhooks: the relay stream into the inbox, and the inbox into instant scenarios.
  const relay = startRelayLink({ db, run: (req) => service.run(req), onStatus: deps.onRelay });

  return {
    scheduler,
    /** A run ended: budgets, deactivation and retries may have changed. */
    runEnded() {
      void scheduler.refresh();
      retries.poke();
    },
    relay,
    stop() {
      void relay.stop();
      watch.unsubscribe();
      watchIncomplete.unsubscribe();
      scheduler.destroy();
      retries.stop();
      if (pruneTimer !== null) clock.clearTimeout(pruneTimer);
      if (pollTimer !== null) clock.clearTimeout(pollTimer);
    },
  };
}

export type LeaderWork = Awaited<ReturnType<typeof startLeaderWork>>;
