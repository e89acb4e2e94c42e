/** bridge: the one worker API interface and its Comlink client. May import: shared, domain, engine types, comlink. */
export type * from './engine-api';
export { startEngineWorker, progress, TEST_WORKER_NAME, type EngineClient } from './client';
