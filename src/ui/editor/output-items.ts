import type { FieldSpec } from '../../apps/contract';

export interface OutputItem {
  /** The path as IML writes it: `a.b`, backtick segments where needed. */
  path: string;
  label: string;
  depth: number;
}

const segment = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `\`${key}\``);

/**
 * The mappable items of one module: its declared output fields (nested collections too), then
 * the keys seen in the last run's first output bundle that the spec does not declare.
 *
 * @example outputItems([{ name: 'array', label: 'Array', type: 'array' }], undefined)[0].path; // 'array'
 */
export function outputItems(spec: readonly FieldSpec[], bundle: unknown): OutputItem[] {
  const out: OutputItem[] = [];
  const seen = new Set<string>();
  const fromSpec = (fields: readonly FieldSpec[], prefix: string, depth: number) => {
    for (const f of fields) {
      const path = prefix + segment(f.name);
      seen.add(path);
      out.push({ path, label: f.label, depth });
      if (f.type === 'collection' && f.spec) fromSpec(f.spec, `${path}.`, depth + 1);
    }
  };
  const fromBundle = (value: unknown, prefix: string, depth: number) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > 3) return;
    for (const [key, v] of Object.entries(value)) {
      const path = prefix + segment(key);
      if (!seen.has(path)) {
        seen.add(path);
        out.push({ path, label: key, depth });
      }
      fromBundle(v, `${path}.`, depth + 1);
    }
  };
  fromSpec(spec, '', 0);
  fromBundle(bundle, '', 0);
  return out;
}
