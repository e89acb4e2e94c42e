import type { HostCapability, ImageCodecPort, ModuleRegistry } from '../src/apps/contract';
import { createFetchHttpPort, type FetchPortOptions } from '../src/apps/http';
import type { EngineResult, RunningExecution, StoredRequest } from '../src/bridge/engine-api';
import type { Blueprint } from '../src/domain';
import type { EnginePorts, RunEvent } from '../src/engine';
import { ok } from '../src/shared';
import { countersRepo, scenariosRepo, type WeftDb } from '../src/storage';
import { restore } from './check-blueprint';
import { scenarioNotFound } from './errors';
import { connectionsPort } from './ports/connections-port';
import { dataStoresPort } from './ports/data-stores-port';
import { blueprintDataStructures } from '../src/apps/json';
import { filesPort } from './ports/files-port';

/**
 * What the worker's runs share: storage, the registry, `fetch`, the image codec, and the runs in
 * progress.
 */
export interface Host {
  db: () => WeftDb;
  registry: ModuleRegistry;
  fetch: NonNullable<FetchPortOptions['fetch']>;
  capabilities: ReadonlySet<HostCapability>;
  /** The codec the image app uses; only given to runs when `capabilities` has `image`. */
  image?: ImageCodecPort;
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
 * files, counters and connections; the HTTP app's fetch port (with the CORS explanation); data
 * structures from the blueprint; the browser's image codec; the stored webhook requests, which
 * the Custom webhook parses itself; the scenario start fixed when given. A progress listener that
 * fails (the page went away) never disturbs the run.
 */
export function hostPorts(
  host: Host,
  blueprint: Blueprint,
  run: {
    signal: AbortSignal;
    startedAt: Date;
    onEvent?: (e: RunEvent) => void;
    requests?: readonly StoredRequest[];
  },
): EnginePorts {
  const db = host.db();
  const counters = countersRepo(db);
  const listener = run.onEvent;
  return {
    clock: { now: () => run.startedAt, elapsedMs: () => performance.now() },
    dataStores: dataStoresPort(db, blueprint),
    counters: { increment: (key) => counters.increment(key) },
    http: createFetchHttpPort({ browser: true, fetch: host.fetch }),
    files: filesPort(db),
    connections: connectionsPort(db, blueprint),
    dataStructures: blueprintDataStructures(blueprint),
    image: host.capabilities.has('image') ? host.image : undefined,
    webhook: run.requests ? { bundles: [], requests: run.requests } : undefined,
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
