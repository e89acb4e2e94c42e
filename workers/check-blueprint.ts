import type { BlueprintCheck, EngineResult } from '../src/bridge/engine-api';
import type { HostCapability, ModuleRegistry } from '../src/apps/contract';
import { allModules, parseBlueprintText, restoreBlueprint, type Blueprint } from '../src/domain';
import { compileValue } from '../src/iml';
import { ok } from '../src/shared';
import { invalidBlueprint } from './errors';

/**
 * Restores a blueprint (text or parsed JSON) and lists what `weft check` lists: unsupported
 * modules, modules this host cannot run, and mapping syntax errors (which do not make it invalid,
 * ADR 0207).
 *
 * @example checkBlueprint('{"flow": []}', defaultRegistry, new Set(['http'])).ok; // true
 */
export function checkBlueprint(
  input: unknown,
  registry: ModuleRegistry,
  capabilities: ReadonlySet<HostCapability>,
): EngineResult<BlueprintCheck> {
  const restored = restore(input, registry);
  if (!restored.ok) return restored;
  const { blueprint, unsupported } = restored.value;
  const hostUnavailable = allModules(blueprint).flatMap(({ node }) => {
    const needs = (registry.get(node.module)?.handler.requires ?? []).filter(
      (c) => !capabilities.has(c),
    );
    return needs.length > 0 ? [{ id: node.id, module: node.module, needs: [...needs] }] : [];
  });
  return ok({
    blueprint,
    unsupported: unsupported.map((u) => ({ id: u.id, module: u.module })),
    hostUnavailable,
    mappingErrors: mappingErrors(blueprint),
  });
}

/** Parses (when text) and restores a blueprint; invalid ones give `WORKER_E010` with problems. */
export function restore(input: unknown, registry: ModuleRegistry) {
  const parsed = typeof input === 'string' ? parseBlueprintText(input) : ok(input);
  if (!parsed.ok) return invalidBlueprint(parsed.error);
  const r = restoreBlueprint(parsed.value, { isSupported: (m) => registry.get(m) !== undefined });
  return r.ok ? ok(r.value) : invalidBlueprint(r.error);
}

function mappingErrors(blueprint: Blueprint): BlueprintCheck['mappingErrors'] {
  const out: BlueprintCheck['mappingErrors'] = [];
  const check = (value: unknown, path: string) => {
    if (value === undefined || value === null) return;
    for (const e of compileValue(value, path).errors)
      out.push({ path: e.path, code: e.code, message: e.message, span: e.span });
  };
  for (const { node, path } of allModules(blueprint)) {
    check(node.mapper, `${path}.mapper`);
    node.filter?.conditions.forEach((group, g) =>
      group.forEach((c, i) => {
        check(c.a, `${path}.filter.conditions[${g}][${i}].a`);
        check(c.b, `${path}.filter.conditions[${g}][${i}].b`);
      }),
    );
    check(node.flags?.groupBy, `${path}.flags.groupBy`);
  }
  return out;
}
