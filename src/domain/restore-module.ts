import { DIRECTIVE_MODULES, ROUTER_MODULE } from './blueprint';
import type { ModuleNode, UnsupportedModule } from './blueprint';
import * as E from './errors';
import type { BlueprintProblem } from './errors';
import { isObject, isPositiveInt } from './json-guards';
import type { JsonObject } from './json-guards';

/** State shared while walking one blueprint. */
export interface RestoreWalk {
  problems: BlueprintProblem[];
  /** id → path of its first occurrence, to report duplicates where they appear. */
  seen: Map<number, string>;
  unsupported: UnsupportedModule[];
  isSupported: ((moduleType: string) => boolean) | undefined;
}

const MODULE_TYPE = /^[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+$/;

/**
 * Validates and normalises a flow in place (the caller cloned the document). `upstream` holds the
 * ids of the modules that run before this flow on its route, for the aggregator `feeder` check.
 */
export function restoreFlow(
  flow: unknown,
  path: string,
  upstream: readonly number[],
  walk: RestoreWalk,
  errorRoute: boolean,
): void {
  if (!Array.isArray(flow)) {
    walk.problems.push(E.notArray(path, 'flow'));
    return;
  }
  const before = [...upstream];
  flow.forEach((raw: unknown, i) => {
    const p = `${path}[${i}]`;
    if (!isObject(raw)) {
      walk.problems.push(E.notObject(p, 'a module'));
      return;
    }
    restoreModule(raw, p, before, walk, errorRoute && i === flow.length - 1);
    if (isPositiveInt(raw.id)) before.push(raw.id);
  });
}

function restoreModule(
  m: JsonObject,
  path: string,
  upstream: readonly number[],
  walk: RestoreWalk,
  endsErrorRoute: boolean,
): void {
  const { problems } = walk;
  if (!isPositiveInt(m.id)) problems.push(E.badModuleId(`${path}.id`, m.id));
  else if (walk.seen.has(m.id)) problems.push(E.duplicateId(`${path}.id`, m.id));
  else walk.seen.set(m.id, path);

  const type = m.module;
  if (typeof type !== 'string' || !MODULE_TYPE.test(type)) {
    problems.push(E.badModuleType(`${path}.module`, type));
  } else {
    if (DIRECTIVE_MODULES.has(type) && !endsErrorRoute) {
      problems.push(E.misplacedDirective(`${path}.module`, type));
    }
    if (walk.isSupported && !walk.isSupported(type) && isPositiveInt(m.id)) {
      walk.unsupported.push({ id: m.id, module: type, path });
    }
  }

  if (m.version === undefined) m.version = 1;
  else if (!isPositiveInt(m.version))
    problems.push(E.wrongType(`${path}.version`, 'a positive integer', m.version));

  if (m.parameters === undefined || m.parameters === null) m.parameters = {};
  else if (!isObject(m.parameters)) problems.push(E.notObject(`${path}.parameters`, 'parameters'));

  if (m.mapper !== undefined && m.mapper !== null && !isObject(m.mapper)) {
    problems.push(E.wrongType(`${path}.mapper`, 'an object or null', m.mapper));
  }
  if (m.flags !== undefined && m.flags !== null && !isObject(m.flags)) {
    problems.push(E.wrongType(`${path}.flags`, 'an object or null', m.flags));
  }
  restoreFilter(m.filter, `${path}.filter`, problems);

  const self = isPositiveInt(m.id) ? [...upstream, m.id] : [...upstream];
  if (m.routes !== undefined || type === ROUTER_MODULE) restoreRoutes(m, path, self, walk);
  if (m.onerror !== undefined) restoreFlow(m.onerror, `${path}.onerror`, self, walk, true);
  checkFeeder(m, path, upstream, problems);
}

function restoreRoutes(m: JsonObject, path: string, upstream: number[], walk: RestoreWalk): void {
  if (m.routes === undefined) m.routes = [];
  const routes = m.routes;
  if (!Array.isArray(routes)) {
    walk.problems.push(E.notArray(`${path}.routes`, 'routes'));
    return;
  }
  routes.forEach((route: unknown, r) => {
    const rp = `${path}.routes[${r}]`;
    if (!isObject(route)) walk.problems.push(E.notObject(rp, 'a route'));
    else if (route.flow === undefined) walk.problems.push(E.missing(`${rp}.flow`, 'flow'));
    else restoreFlow(route.flow, `${rp}.flow`, upstream, walk, false);
  });
  const params = isObject(m.parameters) ? m.parameters : {};
  const fallback = params.else;
  if (fallback !== undefined && fallback !== null) {
    const valid = Number.isInteger(fallback) && (fallback as number) >= 0;
    if (!valid || (fallback as number) >= routes.length) {
      walk.problems.push(E.badElse(`${path}.parameters.else`, routes.length));
    }
  }
}

function restoreFilter(filter: unknown, path: string, problems: BlueprintProblem[]): void {
  if (filter === undefined || filter === null) return;
  if (!isObject(filter)) {
    problems.push(E.notObject(path, 'filter'));
    return;
  }
  if (filter.conditions === undefined) filter.conditions = [];
  const groups = filter.conditions;
  if (!Array.isArray(groups)) {
    problems.push(E.notArray(`${path}.conditions`, 'conditions'));
    return;
  }
  groups.forEach((group: unknown, g) => {
    const gp = `${path}.conditions[${g}]`;
    if (!Array.isArray(group)) {
      problems.push(E.notArray(gp, 'a condition group'));
      return;
    }
    group.forEach((c: unknown, i) => {
      const cp = `${gp}[${i}]`;
      if (!isObject(c)) problems.push(E.notObject(cp, 'a condition'));
      else if (typeof c.o !== 'string')
        problems.push(E.wrongType(`${cp}.o`, 'an operator name', c.o));
    });
  });
}

/** An aggregator's source module must run before it on the same route. */
function checkFeeder(
  m: JsonObject,
  path: string,
  upstream: readonly number[],
  problems: BlueprintProblem[],
): void {
  if (!isObject(m.parameters)) return;
  const feeder = m.parameters.feeder;
  if (feeder === undefined || feeder === null || feeder === '') return;
  if (!upstream.includes(Number(feeder)))
    problems.push(E.badFeeder(`${path}.parameters.feeder`, feeder));
}

export type { ModuleNode };
