import { describe, expect, it } from 'vitest';
import { exportBlueprint, restoreBlueprint } from './restore-blueprint';

/** A small seeded PRNG (mulberry32) so a failing case can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = [
  'util:SetVariables',
  'http:ActionSendData',
  'json:ParseJSON',
  'acme:Unknown',
  'builtin:BasicFeeder',
];

function randomBlueprint(seed: number): Record<string, unknown> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  let nextId = 1;
  const value = (depth: number): unknown => {
    const k = r();
    if (depth > 2 || k < 0.3) return pick(['{{1.a}}', 'text', 42, true, null, '']);
    if (k < 0.6) return [value(depth + 1), value(depth + 1)];
    return { [`k${Math.floor(r() * 9)}`]: value(depth + 1), extra: value(depth + 1) };
  };
  const flow = (depth: number, length: number): Record<string, unknown>[] =>
    Array.from({ length }, () => {
      const m: Record<string, unknown> = { id: nextId++, module: pick(TYPES) };
      if (r() < 0.7) m.version = 1 + Math.floor(r() * 3);
      if (r() < 0.6) m.parameters = { p: value(1) };
      if (r() < 0.7) m.mapper = { field: value(0), [`m${Math.floor(r() * 5)}`]: value(1) };
      if (r() < 0.3) m.filter = { name: 'f', conditions: [[{ a: '{{1.x}}', o: 'exist' }]] };
      if (r() < 0.4)
        m.metadata = { designer: { x: Math.floor(r() * 900), y: 0 }, unknownKey: value(1) };
      if (r() < 0.2) m.futureMakeKey = value(1);
      if (depth < 2 && r() < 0.25) {
        m.module = 'builtin:BasicRouter';
        m.mapper = null;
        m.routes = [
          { flow: flow(depth + 1, 1 + Math.floor(r() * 2)) },
          { flow: flow(depth + 1, 1) },
        ];
        if (r() < 0.5) m.parameters = { else: 1 };
      } else if (depth < 2 && r() < 0.2) {
        m.onerror = [
          ...flow(depth + 1, Math.floor(r() * 2)),
          { id: nextId++, module: 'builtin:Ignore' },
        ];
      }
      return m;
    });
  const doc: Record<string, unknown> = {
    name: `bp ${seed}`,
    flow: flow(0, 1 + Math.floor(r() * 5)),
  };
  if (r() < 0.7) {
    doc.metadata = {
      version: 1,
      scenario: r() < 0.5 ? { roundtrips: 2, autoCommit: false } : {},
      ...(r() < 0.5 ? { notes: [{ moduleIds: [1], content: '<p>n</p>' }] } : {}),
      ...(r() < 0.3 ? { weft: { bindings: { 'hook:1': 'abc' } } } : {}),
    };
  }
  return doc;
}

describe('restore → export → restore', () => {
  // Random flows with routers, error routes, filters, unknown keys and unsupported modules.
  it('gives the same document for 300 random blueprints', () => {
    const isSupported = (m: string) => m !== 'acme:Unknown';
    for (let seed = 1; seed <= 300; seed++) {
      const first = restoreBlueprint(randomBlueprint(seed), { isSupported });
      expect(first.ok, `seed ${seed}`).toBe(true);
      if (!first.ok) return;
      const exported = JSON.parse(
        JSON.stringify(exportBlueprint(first.value.blueprint)),
      ) as unknown;
      const second = restoreBlueprint(exported, { isSupported });
      expect(second.ok).toBe(true);
      if (!second.ok) return;
      expect(second.value.blueprint, `seed ${seed}`).toEqual(first.value.blueprint);
      expect(second.value.unsupported).toEqual(first.value.unsupported);
    }
  });

  it('keeps keys it does not know', () => {
    const doc = randomBlueprint(7);
    (doc as { futureTopLevel?: unknown }).futureTopLevel = { a: [1, 2] };
    const r = restoreBlueprint(doc);
    expect(r.ok && r.value.blueprint.futureTopLevel).toEqual({ a: [1, 2] });
  });
});
