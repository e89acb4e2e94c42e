/** relay: the Node server (webhooks in, events out) that also serves the PWA. May import: shared. */
export { startServer } from './server';
