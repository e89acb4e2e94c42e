import type { ModuleSpec } from './contract';

/** Every module spec Weft implements, by id. Apps register here as they arrive. */
export const moduleSpecs: ReadonlyMap<string, ModuleSpec> = new Map();
