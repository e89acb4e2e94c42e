import type { EngineResult, RunningExecution } from '../src/bridge/engine-api';
import type { HostCapability, ModuleRegistry } from '../src/apps/contract';
import type { Blueprint } from '../src/domain';
import type { EnginePorts, RunEvent } from '../src/engine';
import { ok } from '../src/shared';
import { countersRepo, scenariosRepo, type WeftDb } from '../src/storage';
import { restore } from './check-blueprint';
import { scenarioNotFound } from './errors';
import { connectionsPort } from './ports/connections-port';
import { dataStoresPort } from './ports/data-stores-port';
import { filesPort } from './ports/files-port';
import { httpPort } from './ports/http-port';

/** What the worker's runs share: storage, the registry, `fetch`, and the runs in progress. */
export interface Host {
  db: () => WeftDb;
  registry: ModuleRegistry;
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  capabilities: ReadonlySet<HostCapability>;
  running: Map<string, RunningExecution & { abort: AbortController }>;
}

/** The blueprint a request names (given, or the stored scenario's), restored. */
export async function loadBlueprint(
  host: Host,
  scenarioId: string,
  given: unknown,
): Promise<EngineResult<Blueprint>> {
  let raw = given;
  if (raw === undefined) {
    const stored = await scenariosRepo(host.db()).get(scenarioId);
    if (!stored) return scenarioNotFound(scenarioId);
    raw = stored.blueprint;
  }
  const r = restore(raw, host.registry);
  return r.ok ? ok(r.value.blueprint) : r;
}

/**
 * The engine's ports in the worker: IndexedDB through the storage repositories for data stores,
 * files, counters and connections; `fetch` for HTTP; the scenario start fixed when given. A
 * progress listener that fails (the page went away) never disturbs the run.
 */
export function hostPorts(
  host: Host,
  blueprint: Blueprint,
  run: {
    signal: AbortSignal;
    startedAt: Date;
    onEvent?: (e: RunEvent) => void;
    webhookBundles?: unknown[];
  },
): EnginePorts {
  const db = host.db();
  const counters = countersRepo(db);
  const listener = run.onEvent;
  return {
    clock: { now: () => run.startedAt, elapsedMs: () => performance.now() },
    dataStores: dataStoresPort(db, blueprint),
    counters: { increment: (key) => counters.increment(key) },
    http: httpPort(host.fetch),
    files: filesPort(db),
    connections: connectionsPort(db, blueprint),
    webhook: run.webhookBundles ? { bundles: run.webhookBundles } : undefined,
    signal: run.signal,
    onEvent: listener
      ? (e) => {
          try {
            void Promise.resolve(listener(e)).catch(() => undefined);
          } catch {
            // A listener that throws synchronously is the caller's problem, not the run's.
          }
        }
      : undefined,
    capabilities: host.capabilities,
  };
}
