import type { Blueprint, ModuleFilter, ScenarioNote } from '../../domain';
import { locate } from './locate';

/** Sets (or, with `undefined`, removes) one key of a module's `parameters` or `mapper`. */
export function setModuleValue(
  bp: Blueprint,
  id: number,
  where: 'parameters' | 'mapper',
  key: string,
  value: unknown,
): void {
  const found = locate(bp, id);
  if (!found) return;
  const node = found.node;
  const current = where === 'parameters' ? node.parameters : node.mapper;
  const target: Record<string, unknown> =
    typeof current === 'object' && current !== null && !Array.isArray(current)
      ? { ...(current as Record<string, unknown>) }
      : {};
  if (value === undefined) delete target[key];
  else target[key] = value;
  if (where === 'parameters') node.parameters = target;
  else node.mapper = target;
}

/** The filter on the link before a module (`null` removes it). */
export function setFilter(bp: Blueprint, id: number, filter: ModuleFilter | null): void {
  const found = locate(bp, id);
  if (!found) return;
  if (filter === null) delete found.node.filter;
  else found.node.filter = filter;
}

/** Marks route `routeIndex` of a router as its fallback route (`parameters.else`), or none. */
export function setFallbackRoute(bp: Blueprint, routerId: number, routeIndex: number | null) {
  const found = locate(bp, routerId);
  if (!found) return;
  const parameters = { ...found.node.parameters };
  if (routeIndex === null) delete parameters.else;
  else parameters.else = routeIndex;
  found.node.parameters = parameters;
}

/** The module's note (Make's newer `metadata.notes` format), '' when it has none. */
export function noteOf(bp: Blueprint, id: number): string {
  const note = (bp.metadata.notes ?? []).find((n) => !n.isFilterNote && n.moduleIds.includes(id));
  if (note) return note.content.replace(/<[^>]*>/g, '');
  const old = (bp.metadata.designer.notes ?? []).find((n) => n.id === id && !n.filter);
  return old?.text ?? '';
}

/** Sets a module's note; empty text removes it. Kept as HTML paragraphs, as Make stores them. */
export function setNote(bp: Blueprint, id: number, text: string): void {
  const rest = (bp.metadata.notes ?? []).filter(
    (n) => n.isFilterNote || !(n.moduleIds.length === 1 && n.moduleIds[0] === id),
  );
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const note: ScenarioNote = {
    moduleIds: [id],
    content: `<p>${escape(text.trim())}</p>`,
    isFilterNote: false,
  };
  bp.metadata.notes = text.trim() === '' ? rest : [...rest, note];
  if (bp.metadata.designer.notes)
    bp.metadata.designer.notes = bp.metadata.designer.notes.filter((n) => n.id !== id || n.filter);
}
