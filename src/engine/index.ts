/**
 * engine: runs blueprints against injected ports and an injected app registry.
 * May import: shared, domain, iml, apps/contract. Pure TypeScript: no DOM, no Dexie, no fetch.
 */
export * from './ports';
export type { RunEvent } from './events';
export type { RunError } from './errors';
export type {
  ExecutionRecord,
  IncompleteExecution,
  ModuleLog,
  RunStatus,
} from './execution-record';
export { runScenario, resumeIncomplete } from './run-scenario';
export { runModuleOnce } from './run-module';
export type { SingleModuleResult } from './run-module';
export { planScenario } from './plan';
export { createMemoryDataStores, createMemoryCounters } from './memory-ports';
export type { MemoryDataStores } from './memory-ports';
export { jsonByteSize } from './json-size';
export { blueprintFindings } from './blueprint-findings';
export type { HostFinding, MappingFinding } from './blueprint-findings';
