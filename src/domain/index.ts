/** domain: blueprint types, restore/validate/migrate, scenario graph helpers. May import: shared. */
export * from './scenario';
export * from './blueprint';
export * from './defaults';
export type { BlueprintProblem } from './errors';
export * from './restore-blueprint';
export * from './graph';
