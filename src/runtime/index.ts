/** runtime: the browser host (scheduler, leader election, relay client, worker pool). May import: shared, domain, storage, bridge. */
export {};
