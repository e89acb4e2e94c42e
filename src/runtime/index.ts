/** runtime: the browser host (scheduler, leader election, relay client, worker pool). May import: shared, domain, storage, bridge. */
export * from './clock';
export * from './schedule/zoned-time';
export * from './schedule/windows';
export * from './schedule/next-run';
export * from './schedule/missed-runs';
export * from './schedule/scheduler';
export * from './leader';
export * from './schedule/to-scheduled';
export * from './incomplete/retry-policy';
export * from './incomplete/pick-retries';
export * from './incomplete/deactivation';
export * from './usage/budget';
export * from './record-outcome';
export * from './prune-history';
export * from './relay/relay-api';
export * from './relay/relay-stream';
