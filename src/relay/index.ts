/** relay: the Node server (webhooks in, events out) that also serves the PWA. May import: shared. */
export { startServer } from './server';
export { configFromEnv, defaultConfig } from './config';
export type { RelayConfig } from './config';
