/**
 * The ports `weft run` gives the apps: HTTP over Node's fetch, connections from `--connection`,
 * the webhook requests from `--requests`, and data structures kept in the blueprint under
 * `metadata.weft.dataStructures` (ADR 0509).
 */
import { createFetchHttpPort } from '../apps/http';
import { blueprintDataStructures } from '../apps/json';
import type { Blueprint } from '../domain';
import type { EnginePorts } from '../engine';
import type { AppsRunOptions } from './apps-run-options';

/** The apps' ports for one CLI run. */
export function appsPorts(blueprint: Blueprint, options: AppsRunOptions): Partial<EnginePorts> {
  return {
    http: createFetchHttpPort({ browser: false }),
    connections: { get: (id) => Promise.resolve(options.connections[id]) },
    dataStructures: blueprintDataStructures(blueprint),
    ...(options.requests ? { webhook: { bundles: [], requests: options.requests } } : {}),
  };
}
