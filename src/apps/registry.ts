import { builtinModules } from './builtin';
import type { ModuleRegistry, ModuleSpec, RegisteredModule } from './contract';
import { cryptoModules } from './crypto';
import { datastoreModules } from './datastore';
import { gatewayModules } from './gateway';
import { httpModules } from './http';
import { jsonModules } from './json';
import { regexpModules } from './regexp';
import { utilToolModules } from './util-tools';
import { filesModules } from './files';
import { archiveModules } from './archive';
import { csvModules } from './csv';
import { emailModules } from './email';
import { imageModules } from './image';

/** A registry with its specs listed, for the editor's module picker. */
export interface AppRegistry extends ModuleRegistry {
  readonly specs: ReadonlyMap<string, ModuleSpec>;
}

/**
 * Builds a registry from modules; a later module with the same id replaces an earlier one (tests
 * and hosts use that to put their own module in place of a built-in one).
 *
 * @example createRegistry([...builtinModules]).get('builtin:BasicFeeder')?.spec.label; // 'Iterator'
 */
export function createRegistry(modules: readonly RegisteredModule[]): AppRegistry {
  const byId = new Map(modules.map((m) => [m.spec.id, m]));
  return {
    get: (id) => byId.get(id),
    specs: new Map([...byId].map(([id, m]) => [id, m.spec])),
  };
}

/** Every module Weft implements. */
export const allModules: readonly RegisteredModule[] = [
  ...builtinModules,
  ...gatewayModules,
  ...jsonModules,
  ...datastoreModules,
  ...httpModules,
  ...regexpModules,
  ...cryptoModules,
  ...utilToolModules,
  ...filesModules,
  ...archiveModules,
  ...csvModules,
  ...emailModules,
  ...imageModules,
];

export const defaultRegistry: AppRegistry = createRegistry(allModules);

/** Every module spec Weft implements, by id. Apps register here as they arrive. */
export const moduleSpecs: ReadonlyMap<string, ModuleSpec> = defaultRegistry.specs;
