import type { WeftDb } from '../storage';
import { SETTING_DEFAULTS, settingsRepo } from '../storage';
import type { Clock } from './clock';
import { createEngineService } from './engine-service';
import { createLeader, type ChannelLike, type LeaderState, type LocksLike } from './leader';
import { startLeaderWork, type LeaderWork } from './leader-work';
import { createEnginePool, type PoolWorker } from './pool/engine-pool';
import type { MissedRuns } from './schedule/missed-runs';
import type { BudgetStatus } from './usage/budget';
import type { RelayStreamStatus } from './relay/relay-stream';

export interface RuntimeDeps {
  db: WeftDb;
  clock: Clock;
  spawn: () => PoolWorker;
  poolSize: number;
  locks: LocksLike;
  openChannel: (name: string) => ChannelLike;
  tabId: string;
  /** The browser's zone, used while the time-zone setting is empty. */
  browserTimeZone: string;
}

/** What the runtime tells the UI. */
export interface RuntimeState {
  leader: LeaderState;
  budget: BudgetStatus | null;
  missed: { scenarioId: string; count: number; late: boolean }[];
  /** The leader's relay stream (null in follower tabs). */
  relay: RelayStreamStatus | { state: 'no-relay' } | null;
}

/**
 * The browser runtime of one tab (composition of src/runtime): a worker pool and the engine
 * service in every tab (manual runs run where they are started); in the leader tab also the
 * scheduler, retries of incomplete executions and History pruning. Leadership moves to another
 * tab when this one closes (`destroy` on `pagehide`).
 *
 * @example
 * const runtime = startRuntime({ db, clock: systemClock, spawn: startEngineWorker, poolSize: 2,
 *   locks: navigator.locks, openChannel: (n) => new BroadcastChannel(n), tabId, browserTimeZone });
 * await runtime.engine.runOnce({ scenarioId, trigger: 'manual' });
 */
export function startRuntime(deps: RuntimeDeps) {
  const { db, clock } = deps;
  const pool = createEnginePool({ spawn: deps.spawn, size: deps.poolSize, clock });
  let zone = deps.browserTimeZone;
  const timeZone = () => zone;
  const readZone = async () => {
    const z = await settingsRepo(db).get('timeZone', SETTING_DEFAULTS.timeZone);
    zone = z === '' ? deps.browserTimeZone : z;
  };
  void readZone().catch(() => undefined);

  let work: LeaderWork | null = null;
  let starting: Promise<void> | null = null;
  const state: RuntimeState = {
    leader: { role: 'follower', leaderId: null },
    budget: null,
    missed: [],
    relay: null,
  };
  const listeners = new Set<(s: RuntimeState) => void>();
  const changed = () => listeners.forEach((l) => l({ ...state }));

  const service = createEngineService({
    db,
    pool,
    clock,
    timeZone,
    onRunEnded: () => work?.runEnded(),
  });
  const running = () => new Set(pool.status().running.map((r) => r.scenarioId));

  const lead = async () => {
    await readZone().catch(() => undefined);
    const w = await startLeaderWork({
      db,
      clock,
      service,
      timeZone,
      running,
      onMissed: (scenarioId, m: MissedRuns, late) => {
        state.missed = [...state.missed.slice(-99), { scenarioId, count: m.count, late }];
        changed();
      },
      onBudget: (budget) => {
        state.budget = budget;
        changed();
      },
      onRelay: (relay) => {
        state.relay = relay;
        changed();
      },
    });
    if (state.leader.role === 'leader') work = w;
    else w.stop();
  };

  const leader = createLeader({
    locks: deps.locks,
    openChannel: deps.openChannel,
    tabId: deps.tabId,
    onChange: (s) => {
      state.leader = s;
      changed();
      if (s.role === 'leader' && !work && !starting)
        starting = lead()
          .catch((e: unknown) => console.error('Weft: the leader tab could not start', e))
          .finally(() => (starting = null));
      else if (s.role === 'follower' && work) {
        work.stop();
        state.relay = null;
        work = null;
      }
    },
  });

  return {
    /** The engine API for pages (pool-backed; plain progress listeners). */
    engine: service.api,
    state: (): RuntimeState => ({ ...state }),
    subscribe(listener: (s: RuntimeState) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Resolves once this tab's leader work (if it leads) has started. */
    ready: async () => {
      await starting;
    },
    /** The scheduler's next run per scenario (leader tab only; empty elsewhere). */
    nextRuns: () => work?.scheduler.nextRuns() ?? new Map<string, number | null>(),
    destroy() {
      leader.destroy();
      work?.stop();
      work = null;
      pool.destroy();
    },
  };
}

export type Runtime = ReturnType<typeof startRuntime>;
