/** ui: Solid app shell, pages, canvas. May import: shared, domain, iml, apps, storage, runtime, bridge. */
export { App } from './app';
