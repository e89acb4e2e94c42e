import type { BlueprintCheck, EngineResult } from '../src/bridge/engine-api';
import type { HostCapability, ModuleRegistry } from '../src/apps/contract';
import { parseBlueprintText, restoreBlueprint } from '../src/domain';
import { blueprintFindings } from '../src/engine';
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
  return ok({
    blueprint,
    unsupported: unsupported.map((u) => ({ id: u.id, module: u.module })),
    ...blueprintFindings(blueprint, registry, capabilities),
  });
}

/** Parses (when text) and restores a blueprint; invalid ones give `WORKER_E010` with problems. */
export function restore(input: unknown, registry: ModuleRegistry) {
  const parsed = typeof input === 'string' ? parseBlueprintText(input) : ok(input);
  if (!parsed.ok) return invalidBlueprint(parsed.error);
  const r = restoreBlueprint(parsed.value, { isSupported: (m) => registry.get(m) !== undefined });
  return r.ok ? ok(r.value) : invalidBlueprint(r.error);
}
