/** runtime: the browser host (scheduler, leader election, relay client, worker pool). May import: shared, domain, storage, bridge. */
export * from './clock';
export * from './schedule/zoned-time';
export * from './schedule/windows';
export * from './schedule/next-run';
export * from './schedule/missed-runs';
export * from './schedule/scheduler';
export * from './leader';
