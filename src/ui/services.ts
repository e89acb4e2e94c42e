import { createContext, useContext } from 'solid-js';
import type { EngineClient } from '../bridge';
import { WeftDb, scenariosRepo, settingsRepo } from '../storage';

/** What every page may use: the database's repositories and the engine worker. */
export interface Services {
  db: WeftDb;
  scenarios: ReturnType<typeof scenariosRepo>;
  settings: ReturnType<typeof settingsRepo>;
  engine: EngineClient;
}

export function createServices(engine: EngineClient, db = new WeftDb()): Services {
  return { db, scenarios: scenariosRepo(db), settings: settingsRepo(db), engine };
}

export const ServicesContext = createContext<Services>();

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('useServices() outside <ServicesContext.Provider>');
  return s;
}
