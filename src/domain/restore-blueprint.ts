import type { Result } from '../shared';
import type { Blueprint, UnsupportedModule } from './blueprint';
import * as E from './errors';
import type { BlueprintProblem } from './errors';
import { isObject } from './json-guards';
import { restoreMetadata } from './restore-metadata';
import { restoreFlow } from './restore-module';
import type { RestoreWalk } from './restore-module';

export interface RestoredBlueprint {
  blueprint: Blueprint;
  /** Modules no app implements, in document order; they stay in `blueprint`. */
  unsupported: UnsupportedModule[];
}

export interface RestoreOptions {
  /** Whether some app implements a module type; without it nothing is reported unsupported. */
  isSupported?: (moduleType: string) => boolean;
}

/**
 * Validates and normalises a loaded or imported blueprint (DESIGN.md §4). The input is never
 * changed; the result is a fresh document with Make's defaults filled in, keeping every key it
 * does not know. Invalid input gives every problem with its JSON path, never an exception.
 *
 * @example
 * const r = restoreBlueprint({ name: 'x', flow: [{ id: 1, module: 'util:BasicTrigger' }] });
 * if (r.ok) r.value.blueprint.metadata.scenario.autoCommit; // true
 * else r.error; // [{ code, path: 'flow[2].routes[0].flow[1].id', message: 'duplicate id 4' }]
 */
export function restoreBlueprint(
  json: unknown,
  options: RestoreOptions = {},
): Result<RestoredBlueprint, BlueprintProblem[]> {
  if (!isObject(json)) return { ok: false, error: [E.notObject('', 'a blueprint')] };
  const doc = structuredClone(json);
  const walk: RestoreWalk = {
    problems: [],
    seen: new Map(),
    unsupported: [],
    isSupported: options.isSupported,
  };
  if (doc.name === undefined) doc.name = 'Untitled scenario';
  else if (typeof doc.name !== 'string')
    walk.problems.push(E.wrongType('name', 'a string', doc.name));
  if (doc.flow === undefined) walk.problems.push(E.missing('flow', 'flow'));
  else restoreFlow(doc.flow, 'flow', [], walk, false);
  restoreMetadata(doc, walk.problems);
  if (walk.problems.length > 0) return { ok: false, error: walk.problems };
  return { ok: true, value: { blueprint: doc as Blueprint, unsupported: walk.unsupported } };
}

/**
 * Parses blueprint text, turning a JSON syntax error into a problem instead of an exception.
 *
 * @example parseBlueprintText('{"flow": []}'); // { ok: true, value: { flow: [] } }
 */
export function parseBlueprintText(text: string): Result<unknown, BlueprintProblem[]> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: [E.notJson(e instanceof Error ? e.message : String(e))] };
  }
}

/**
 * The document to save or export: a deep copy, so later edits of either side stay independent.
 *
 * @example exportBlueprint(restored.blueprint); // same JSON, restorable again unchanged
 */
export function exportBlueprint(blueprint: Blueprint): Blueprint {
  return structuredClone(blueprint);
}
