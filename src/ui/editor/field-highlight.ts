import { compileField } from '../../iml';

export interface Segment {
  text: string;
  kind: 'text' | 'pill';
  error?: string;
}

/**
 * Splits a field's text into plain text and mapped items (`{{…}}`, shown as pills), marking the
 * characters an IML error's span covers. Every character stays, so an overlay lines up.
 *
 * @example highlight('a {{1.x}}').map((s) => s.kind); // ['text', 'pill']
 */
export function highlight(text: string): { segments: Segment[]; errors: string[] } {
  const field = compileField(text);
  const errors = field.errors.map((e) => e.message);
  const cuts = new Set<number>([0, text.length]);
  const pills: [number, number][] = [];
  const re = /\{\{[\s\S]*?(\}\}|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) break;
    pills.push([m.index, m.index + m[0].length]);
    cuts.add(m.index).add(m.index + m[0].length);
  }
  const spans = field.errors.map((e) => [e.span[0], Math.max(e.span[1], e.span[0] + 1)] as const);
  for (const [a, b] of spans) cuts.add(Math.min(a, text.length)).add(Math.min(b, text.length));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (a === b) continue;
    const pill = pills.some(([s, e]) => a >= s && b <= e);
    const err = field.errors.find((e, k) => a >= spans[k]![0] && b <= spans[k]![1]);
    segments.push({ text: text.slice(a, b), kind: pill ? 'pill' : 'text', error: err?.message });
  }
  return { segments, errors };
}
