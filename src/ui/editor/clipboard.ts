import { exportBlueprint, restoreBlueprint, type Blueprint, type ModuleNode } from '../../domain';
import { moduleSpecs } from '../../apps';
import { chains, everyModule, nextId } from './locate';

/**
 * The selected modules as a blueprint (Make copies modules as blueprint JSON): one chain in
 * document order; a selected router keeps its routes.
 *
 * @example JSON.parse(copyModules(bp, [2, 3])).flow.map((m) => m.id); // [2, 3]
 */
export function copyModules(bp: Blueprint, ids: readonly number[]): string {
  const chosen = new Set(ids);
  const inside = new Set<number>();
  for (const c of chains(bp))
    if (c.owner && (chosen.has(c.owner.id) || inside.has(c.owner.id)) && c.kind === 'route')
      for (const n of c.list) inside.add(n.id);
  const flow = everyModule(bp).filter((n) => chosen.has(n.id) && !inside.has(n.id));
  const doc: Blueprint = { ...exportBlueprint(bp), name: bp.name, flow: structuredClone(flow) };
  doc.metadata.designer = { orphans: [] };
  doc.metadata.notes = [];
  return JSON.stringify(doc);
}

/** Rewrites module references inside `{{…}}` (`1.a` → `7.a`) through `map`. */
export function remapRefs(value: unknown, map: ReadonlyMap<number, number>): unknown {
  const swap = (m: string, pre: string, id: string, q: string) => {
    const to = map.get(Number(id));
    return to === undefined ? m : `${pre}${q}${to}${q}`;
  };
  if (typeof value === 'string')
    return value.replace(/\{\{[\s\S]*?\}\}/g, (part) =>
      part
        .replace(/(^|[^\w.`])(\d+)(?=\.)/g, (m, pre: string, id: string) => swap(m, pre, id, ''))
        .replace(/(^|[^\w.])`(\d+)`/g, (m, pre: string, id: string) => swap(m, pre, id, '`')),
    );
  if (Array.isArray(value)) return value.map((v) => remapRefs(v, map));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapRefs(v, map)]));
  return value;
}

/**
 * Pastes blueprint JSON (copied here or in another scenario, or a Make export): its modules get
 * new ids (references follow), land at `at`, and stay unlinked, or become the flow of an empty
 * scenario. Returns the new ids, or the problems of invalid JSON.
 */
export function pasteModules(
  bp: Blueprint,
  text: string,
  at: { x: number; y: number },
): { ok: true; ids: number[] } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The clipboard does not hold blueprint JSON.' };
  }
  const restored = restoreBlueprint(json, { isSupported: (t) => moduleSpecs.has(t) });
  if (!restored.ok)
    return { ok: false, message: restored.error.map((p) => `${p.path}: ${p.message}`).join('\n') };
  const fragment = restored.value.blueprint;
  const modules = everyModule(fragment);
  if (modules.length === 0) return { ok: false, message: 'The clipboard holds no modules.' };
  let id = nextId(bp);
  const map = new Map(modules.map((m) => [m.id, id++]));
  const pos = (m: ModuleNode) => (m.metadata?.designer ?? {}) as { x?: number; y?: number };
  const minX = Math.min(...modules.map((m) => pos(m).x ?? 0));
  const minY = Math.min(...modules.map((m) => pos(m).y ?? 0));
  for (const m of modules) {
    const p = pos(m);
    m.id = map.get(m.id)!;
    m.mapper = remapRefs(m.mapper, map);
    if (m.filter) m.filter = remapRefs(m.filter, map) as ModuleNode['filter'];
    const feeder = m.parameters.feeder;
    if (typeof feeder === 'number' && map.has(feeder))
      m.parameters = { ...m.parameters, feeder: map.get(feeder) };
    m.metadata = {
      ...m.metadata,
      designer: { ...pos(m), x: at.x + (p.x ?? 0) - minX, y: at.y + (p.y ?? 0) - minY },
    };
  }
  const flow = fragment.flow;
  if (bp.flow.length === 0) bp.flow.push(...flow);
  else bp.metadata.designer.orphans.push(flow);
  return { ok: true, ids: modules.map((m) => m.id) };
}
