import { describe, expect, it } from 'vitest';
import { restoreBlueprint } from './restore-blueprint';
import { allModules, findModule, nextModuleId } from './graph';

describe('graph helpers', () => {
  // [1] → [2 router] ─┬─ [3] ⇢ onerror [5 Ignore]
  //                   └─ [4]
  const r = restoreBlueprint({
    flow: [
      { id: 1, module: 'util:BasicTrigger' },
      {
        id: 2,
        module: 'builtin:BasicRouter',
        routes: [
          {
            flow: [
              {
                id: 3,
                module: 'util:ComposeTransformer',
                onerror: [{ id: 5, module: 'builtin:Ignore' }],
              },
            ],
          },
          { flow: [{ id: 4, module: 'util:ComposeTransformer' }] },
        ],
      },
    ],
  });
  if (!r.ok) throw new Error('fixture must restore');
  const bp = r.value.blueprint;

  it('walks modules in document order with upstream ids', () => {
    const places = allModules(bp);
    expect(places.map((p) => p.node.id)).toEqual([1, 2, 3, 5, 4]);
    expect(places.map((p) => p.upstream)).toEqual([[], [1], [1, 2], [1, 2, 3], [1, 2]]);
    expect(places.find((p) => p.node.id === 5)?.inErrorRoute).toBe(true);
  });

  it('finds modules by id and gives the next free id', () => {
    expect(findModule(bp, 4)?.path).toBe('flow[1].routes[1].flow[0]');
    expect(findModule(bp, 9)).toBeUndefined();
    expect(nextModuleId(bp)).toBe(6);
  });
});
