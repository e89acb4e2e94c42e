/** bridge: the one worker API interface and its Comlink client. May import: shared, domain, engine types, comlink. */
export type { EngineApi, SelfTestReport, TextFile } from './engine-api';
export { startEngineWorker, type EngineClient } from './client';
