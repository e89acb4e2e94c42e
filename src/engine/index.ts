/**
 * engine: runs blueprints against injected ports and an injected app registry.
 * May import: shared, domain, iml, apps/contract. Pure TypeScript: no DOM, no Dexie, no fetch.
 */
export {};
