import type { HostCapability, ModuleRegistry } from '../apps/contract';
import { allModules, type Blueprint } from '../domain';
import { compileValue } from '../iml';

/** A mapped field that does not compile: its JSON path, the IML error code, message and span. */
export interface MappingFinding {
  path: string;
  code: string;
  message: string;
  span: [number, number];
}

/** A module this host cannot run, and the capabilities it lacks. */
export interface HostFinding {
  id: number;
  module: string;
  needs: string[];
}

/**
 * What `weft check` and the worker's blueprint check report besides validity (CONTRACTS.md §2):
 * modules this host cannot run (the registry's `requires` minus the host's capabilities) and
 * mapping syntax errors in mappers, filter operands and group-by (ADR 0207: reported, not
 * invalidating). One implementation for the CLI and the browser.
 *
 * @example blueprintFindings(bp, defaultRegistry, new Set(['http'])).hostUnavailable
 */
export function blueprintFindings(
  blueprint: Blueprint,
  registry: ModuleRegistry,
  capabilities: ReadonlySet<HostCapability>,
): { hostUnavailable: HostFinding[]; mappingErrors: MappingFinding[] } {
  const hostUnavailable: HostFinding[] = [];
  const mappingErrors: MappingFinding[] = [];
  const check = (value: unknown, path: string) => {
    if (value === undefined || value === null) return;
    for (const e of compileValue(value, path).errors)
      mappingErrors.push({ path: e.path, code: e.code, message: e.message, span: e.span });
  };
  for (const { node, path } of allModules(blueprint)) {
    const needs = (registry.get(node.module)?.handler.requires ?? []).filter(
      (c) => !capabilities.has(c),
    );
    if (needs.length > 0) hostUnavailable.push({ id: node.id, module: node.module, needs });
    check(node.mapper, `${path}.mapper`);
    node.filter?.conditions.forEach((group, g) =>
      group.forEach((c, i) => {
        check(c.a, `${path}.filter.conditions[${g}][${i}].a`);
        check(c.b, `${path}.filter.conditions[${g}][${i}].b`);
      }),
    );
    check(node.flags?.groupBy, `${path}.flags.groupBy`);
  }
  return { hostUnavailable, mappingErrors };
}
