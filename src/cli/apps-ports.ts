/**
 * The ports `weft run` gives the apps: HTTP over Node's fetch, connections from `--connection`,
 * the webhook requests from `--requests`, and data structures kept in the blueprint under
 * `metadata.weft.dataStructures` (ADR 0509).
 */
import type { DataStructure, DataStructurePort } from '../apps';
import { createFetchHttpPort } from '../apps/http';
import type { Blueprint } from '../domain';
import type { EnginePorts } from '../engine';
import type { AppsRunOptions } from './apps-run-options';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Data structures of `metadata.weft.dataStructures` (`{"<id>": {name, strict, spec}}`) and
 * store structures of `metadata.weft.dataStoreStructures` (`{"<store id>": "<structure id>"}`).
 */
export function blueprintDataStructures(blueprint: Blueprint): DataStructurePort {
  const weft = blueprint.metadata.weft ?? { bindings: {} };
  const raw = isObject(weft.dataStructures) ? weft.dataStructures : {};
  const byStore = isObject(weft.dataStoreStructures) ? weft.dataStoreStructures : {};
  const get = (id: string): DataStructure | undefined => {
    const s = raw[id];
    if (!isObject(s) || !Array.isArray(s.spec)) return undefined;
    return {
      id,
      name: typeof s.name === 'string' ? s.name : id,
      strict: s.strict === true,
      spec: s.spec as DataStructure['spec'],
    };
  };
  return {
    get,
    ofDataStore: (storeId) => {
      const id = byStore[storeId];
      return id === undefined ? undefined : get(String(id));
    },
  };
}

/** The apps' ports for one CLI run. */
export function appsPorts(blueprint: Blueprint, options: AppsRunOptions): Partial<EnginePorts> {
  return {
    http: createFetchHttpPort({ browser: false }),
    connections: { get: (id) => Promise.resolve(options.connections[id]) },
    dataStructures: blueprintDataStructures(blueprint),
    ...(options.requests ? { webhook: { bundles: [], requests: options.requests } } : {}),
  };
}
