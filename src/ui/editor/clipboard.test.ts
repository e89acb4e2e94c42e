import { describe, expect, it } from 'vitest';
import { restoreBlueprint, type Blueprint } from '../../domain';
import { copyModules, pasteModules, remapRefs } from './clipboard';
import { everyModule } from './locate';

// 1 webhook → 2 iterator → 3 array aggregator (feeder 2)
const bp = (): Blueprint => {
  const r = restoreBlueprint({
    name: 's',
    flow: [
      { id: 1, module: 'gateway:CustomWebHook', version: 1, parameters: { hook: 'h' } },
      { id: 2, module: 'builtin:BasicFeeder', version: 1, mapper: { array: '{{1.items}}' } },
      {
        id: 3,
        module: 'builtin:BasicAggregator',
        version: 1,
        parameters: { feeder: 2 },
        mapper: { v: '{{2.value}}' },
      },
    ],
  });
  if (!r.ok) throw new Error('bad fixture');
  return r.value.blueprint;
};

describe('copy and paste', () => {
  it('pastes copies with new ids, references and feeder following, unlinked', () => {
    // Arrange
    const doc = bp();
    const text = copyModules(doc, [2, 3]);
    // Act
    const r = pasteModules(doc, text, { x: 500, y: 400 });
    // Assert
    expect(r).toEqual({ ok: true, ids: [4, 5] });
    const pasted = doc.metadata.designer.orphans[0] as Blueprint['flow'];
    expect(pasted.map((m) => m.id)).toEqual([4, 5]);
    expect(pasted[1]?.mapper).toEqual({ v: '{{4.value}}' });
    expect(pasted[1]?.parameters.feeder).toBe(4);
    expect(pasted[0]?.mapper).toEqual({ array: '{{1.items}}' });
    expect(pasted[0]?.metadata?.designer).toMatchObject({ x: 500, y: 400 });
    expect(everyModule(doc)).toHaveLength(5);
  });

  it('rejects text that is not blueprint JSON', () => {
    expect(pasteModules(bp(), 'hello', { x: 0, y: 0 }).ok).toBe(false);
  });

  it('rewrites only module references inside {{…}}', () => {
    const map = new Map([[1, 9]]);
    expect(remapRefs('1. {{1.a}} {{add(1.b; 1)}} {{`1`}}', map)).toBe(
      '1. {{9.a}} {{add(9.b; 1)}} {{`9`}}',
    );
  });
});
