import type { Blueprint } from '../../src/domain';

/**
 * Resolves a Make id the blueprint names (`parameters.datastore`, `__IMTCONN__`) to the local
 * object it is bound to in `metadata.weft.bindings` (CONTRACTS.md §3), e.g. `datastore:27969` →
 * the local store id. Unbound ids are used as they are (a store created in Weft has its own id).
 *
 * @example bindingOf(bp, 'datastore', '27969'); // 'k3x…' when bound, else '27969'
 */
export function bindingOf(blueprint: Blueprint, kind: string, id: string): string {
  const bound = blueprint.metadata.weft?.bindings?.[`${kind}:${id}`];
  return typeof bound === 'string' && bound !== '' ? bound : id;
}
