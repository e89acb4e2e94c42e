import { proxy, wrap, releaseProxy, type Remote } from 'comlink';
import type { EngineApi, ProgressListener } from './engine-api';

export interface EngineClient {
  api: Remote<EngineApi>;
  /** Ends the worker at once (a run that ignores abort is cancelled this way). */
  terminate(): void;
}

/** The worker name that turns on the test-only modules (docs/runtime.md, "Test hooks"). */
export const TEST_WORKER_NAME = 'weft-engine+test';

/**
 * Starts the engine worker and wraps it with Comlink. `new Worker(new URL(…), import.meta.url)`
 * must stay literal so that Vite bundles the worker as its own chunk (and Workbox precaches it);
 * hence two literal calls instead of a computed name. `test` adds the test-only modules.
 *
 * @example
 * const engine = startEngineWorker(); await engine.api.version(); engine.terminate();
 */
export function startEngineWorker(options: { test?: boolean } = {}): EngineClient {
  const worker = options.test
    ? new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), {
        type: 'module',
        name: 'weft-engine+test',
      })
    : new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), {
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

/**
 * Marks a progress listener to be called back across the worker boundary (Comlink `proxy`).
 * A function passed without it cannot be cloned and the call fails.
 *
 * @example await engine.api.runOnce(request, progress((e) => console.log(e.type)));
 */
export function progress(listener: ProgressListener): ProgressListener {
  return proxy(listener);
}
