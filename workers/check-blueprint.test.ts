import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../src/apps';
import { checkBlueprint } from './check-blueprint';

describe('checkBlueprint', () => {
  it('restores text and lists unsupported modules and mapping errors without failing', () => {
    const text = JSON.stringify({
      name: 'x',
      flow: [
        { id: 1, module: 'util:BasicTrigger', version: 1 },
        { id: 2, module: 'nope:Thing', version: 1, mapper: { a: '{{1.' } },
      ],
    });
    const r = checkBlueprint(text, defaultRegistry, new Set());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.blueprint.metadata.scenario.roundtrips).toBe(1);
    expect(r.value.unsupported).toEqual([{ id: 2, module: 'nope:Thing' }]);
    expect(r.value.mappingErrors.map((e) => e.path)).toEqual(['flow[1].mapper.a']);
  });

  it('gives WORKER_E010 with every problem for an invalid blueprint or bad JSON', () => {
    const r = checkBlueprint(
      { flow: [{ id: 1 }, { id: 1, module: 'util:BasicTrigger' }] },
      defaultRegistry,
      new Set(),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('WORKER_E010');
    expect(r.error.problems?.length).toBeGreaterThan(1);
    expect(checkBlueprint('{', defaultRegistry, new Set())).toMatchObject({
      ok: false,
      error: { code: 'WORKER_E010' },
    });
  });
});
