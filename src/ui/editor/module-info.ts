import { moduleSpecs } from '../../apps';
import type { ModuleSpec } from '../../apps/contract';

/** How an app shows in the picker and on nodes: its name, glyph and colour (Make-like hues). */
const APPS: Record<string, { name: string; glyph: string; color: string }> = {
  builtin: { name: 'Flow control', glyph: '⇄', color: '#8dc63f' },
  util: { name: 'Tools', glyph: '⚙', color: '#7f5af0' },
  gateway: { name: 'Webhooks', glyph: '⚡', color: '#e0368c' },
  json: { name: 'JSON', glyph: '{}', color: '#4a90d9' },
  http: { name: 'HTTP', glyph: '⇅', color: '#0d9488' },
  regexp: { name: 'Text parser', glyph: 'T', color: '#f59e0b' },
  datastore: { name: 'Data store', glyph: '▤', color: '#6366f1' },
  archive: { name: 'Archive', glyph: '▣', color: '#a16207' },
  files: { name: 'Files', glyph: '▦', color: '#0891b2' },
  image: { name: 'Image', glyph: '◩', color: '#db2777' },
  csv: { name: 'CSV', glyph: '☷', color: '#16a34a' },
  crypto: { name: 'Crypto', glyph: '⚿', color: '#475569' },
  email: { name: 'Email', glyph: '✉', color: '#ea580c' },
};

export interface ModuleInfo {
  type: string;
  label: string;
  app: string;
  glyph: string;
  color: string;
  spec: ModuleSpec | undefined;
}

/**
 * What the editor shows for a module type; types no app implements keep their own name.
 *
 * @example moduleInfo('builtin:BasicFeeder').label; // 'Iterator'
 */
export function moduleInfo(type: string): ModuleInfo {
  const spec = moduleSpecs.get(type);
  const [appId = '', name = type] = type.split(':');
  const app = APPS[appId] ?? { name: appId || 'Unknown app', glyph: '?', color: '#9aa1b1' };
  return {
    type,
    label: spec?.label ?? name,
    app: app.name,
    glyph: app.glyph,
    color: app.color,
    spec,
  };
}

/** Every module the picker offers, app by app. Directives come through error handlers instead. */
export function pickerEntries(): ModuleInfo[] {
  return [...moduleSpecs.values()]
    .filter((s) => s.kind !== 'directive')
    .map((s) => moduleInfo(s.id))
    .sort((a, b) => a.app.localeCompare(b.app) || a.label.localeCompare(b.label));
}
