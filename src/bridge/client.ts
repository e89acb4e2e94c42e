import { wrap, releaseProxy, type Remote } from 'comlink';
import type { EngineApi } from './engine-api';

export interface EngineClient {
  api: Remote<EngineApi>;
  /** Ends the worker at once (a run that ignores abort is cancelled this way). */
  terminate(): void;
}

/**
 * Starts the engine worker and wraps it with Comlink. `new Worker(new URL(…), import.meta.url)`
 * must stay literal so that Vite bundles the worker as its own chunk (and Workbox precaches it).
 *
 * @example
 * const engine = startEngineWorker(); await engine.api.version(); engine.terminate();
 */
export function startEngineWorker(): EngineClient {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'weft-engine',
  });
  const api = wrap<EngineApi>(worker);
  return {
    api,
    terminate() {
      api[releaseProxy]();
      worker.terminate();
    },
  };
}
