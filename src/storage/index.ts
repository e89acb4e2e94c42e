/** storage: Dexie database, schema versions + upgrades, repositories. May import: shared, domain, dexie. */
export * from './db';
export * from './records';
export * from './schedule-types';
export * from './schema';
export * from './errors';
export * from './write-guard';
export * from './periods';
export * from './bundle-size';
export * from './truncate-bundles';
export * from './scenarios-repo';
export * from './revisions-repo';
export * from './connections-repo';
export * from './executions-repo';
export * from './data-stores-repo';
export * from './files-repo';
export * from './inbox-repo';
export * from './scenario-state-repo';
export * from './incomplete-repo';
export * from './counters-repo';
export * from './usage-repo';
export * from './settings-repo';
export * from './backup-format';
export * from './backup-export';
export * from './backup-import';

export * from './relay-account-repo';
export { liveQuery } from 'dexie';
