/** storage: Dexie database, schema versions + upgrades, repositories. May import: shared, domain, dexie. */
export * from './db';
export * from './records';
export * from './schema';
export * from './scenarios-repo';
export * from './settings-repo';
export { liveQuery } from 'dexie';
