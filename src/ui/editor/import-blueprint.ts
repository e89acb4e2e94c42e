import { moduleSpecs } from '../../apps';
import { parseBlueprintText, restoreBlueprint, type Blueprint } from '../../domain';

export type ImportOutcome =
  | { ok: true; blueprint: Blueprint; unsupported: { id: number; module: string }[] }
  | { ok: false; problems: string[] };

/**
 * Reads a Make blueprint from text through `restoreBlueprint()`: unsupported modules are kept and
 * listed; invalid documents give every problem with its JSON path.
 *
 * @example importBlueprint('{"flow": []}'); // { ok: true, blueprint: …, unsupported: [] }
 */
export function importBlueprint(text: string): ImportOutcome {
  const parsed = parseBlueprintText(text);
  if (!parsed.ok) return { ok: false, problems: parsed.error.map((p) => p.message) };
  const r = restoreBlueprint(parsed.value, { isSupported: (t) => moduleSpecs.has(t) });
  if (!r.ok)
    return { ok: false, problems: r.error.map((p) => `${p.path || '(root)'}: ${p.message}`) };
  return {
    ok: true,
    blueprint: r.value.blueprint,
    unsupported: r.value.unsupported.map((u) => ({ id: u.id, module: u.module })),
  };
}

/** Saves a blueprint as a `.json` download, the format Make imports. */
export function downloadBlueprint(bp: Blueprint): void {
  const blob = new Blob([JSON.stringify(bp, null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${bp.name.replace(/[^\w .-]+/g, '_') || 'scenario'}.blueprint.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
