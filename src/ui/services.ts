import { createContext, useContext } from 'solid-js';
import type { EngineApi } from '../bridge';
import type { Runtime } from '../runtime';
import { scenariosRepo, settingsRepo, type WeftDb } from '../storage';

/** What every page may use: the database's repositories, the engine and the runtime. */
export interface Services {
  db: WeftDb;
  scenarios: ReturnType<typeof scenariosRepo>;
  settings: ReturnType<typeof settingsRepo>;
  /** The engine API (docs/runtime.md): runs go to the runtime's worker pool. */
  engine: { api: EngineApi };
  /** Leader state, budget status, missed runs, next runs. */
  runtime: Runtime;
}

export function createServices(runtime: Runtime, db: WeftDb): Services {
  return {
    db,
    scenarios: scenariosRepo(db),
    settings: settingsRepo(db),
    engine: { api: runtime.engine },
    runtime,
  };
}

export const ServicesContext = createContext<Services>();

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('useServices() outside <ServicesContext.Provider>');
  return s;
}
