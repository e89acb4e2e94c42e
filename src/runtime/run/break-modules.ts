import { allModules, restoreBlueprint } from '../../domain';

/**
 * Ids of modules whose error-handler route ends in a Break: their incomplete executions follow
 * the Break's own retry settings; the others follow Make's automatic backoff (or wait for the
 * user). A blueprint that does not restore has none.
 *
 * @example breakModules(bp).has('3')
 */
export function breakModules(raw: unknown): ReadonlySet<string> {
  const r = restoreBlueprint(raw);
  if (!r.ok) return new Set();
  return new Set(
    allModules(r.value.blueprint)
      .filter(({ node }) => node.onerror?.some((n) => n.module === 'builtin:Break'))
      .map(({ node }) => String(node.id)),
  );
}
