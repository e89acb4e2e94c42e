import { describe, expect, it } from 'vitest';
import { emptyBlueprint, restoreBlueprint, type Blueprint } from '../../domain';
import { addModule, linkModules, removeModules, setErrorHandler } from './edits';
import { chains, everyModule } from './locate';

const empty = (): Blueprint => {
  const r = restoreBlueprint(emptyBlueprint('t'));
  if (!r.ok) throw new Error('bad fixture');
  return r.value.blueprint;
};
const at = { x: 0, y: 0 };
const shape = (bp: Blueprint) =>
  chains(bp).map((c) => `${c.kind}:${c.list.map((n) => n.id).join(',')}`);

describe('blueprint edits', () => {
  it('adds the trigger, then modules after others, and routes after a router', () => {
    // 1 webhook → 2 router ⇉ (3 iterator) (4 compose)
    const bp = empty();
    addModule(bp, 'gateway:CustomWebHook', { at });
    addModule(bp, 'builtin:BasicRouter', { after: 1, at });
    addModule(bp, 'builtin:BasicFeeder', { after: 2, at });
    addModule(bp, 'util:ComposeTransformer', { after: 2, at });
    expect(shape(bp)).toEqual(['flow:1,2', 'route:3', 'route:4']);
  });

  it('inserts between a module and its successor, and closes the gap on delete', () => {
    // 1 → 2, then + on 1 gives 1 → 3 → 2; deleting 3 gives 1 → 2
    const bp = empty();
    addModule(bp, 'gateway:CustomWebHook', { at });
    addModule(bp, 'builtin:BasicFeeder', { after: 1, at });
    addModule(bp, 'util:ComposeTransformer', { after: 1, at });
    expect(shape(bp)).toEqual(['flow:1,3,2']);
    removeModules(bp, [3]);
    expect(shape(bp)).toEqual(['flow:1,2']);
  });

  it('links an unlinked chain behind a module, and refuses loops and taken outputs', () => {
    // flow 1 → 2; orphan 3 (added without a place); link 2 → 3
    const bp = empty();
    addModule(bp, 'gateway:CustomWebHook', { at });
    addModule(bp, 'builtin:BasicFeeder', { after: 1, at });
    addModule(bp, 'util:ComposeTransformer', { at });
    expect(shape(bp)).toEqual(['flow:1,2', 'orphan:3']);
    expect(linkModules(bp, 1, 3)).toMatch(/already links/);
    expect(linkModules(bp, 2, 3)).toBeUndefined();
    expect(shape(bp)).toEqual(['flow:1,2,3']);
    expect(linkModules(bp, 3, 1)).toBeDefined();
  });

  it('gives a module an error handler ending in a directive, replacing the directive', () => {
    const bp = empty();
    addModule(bp, 'gateway:CustomWebHook', { at });
    addModule(bp, 'util:ComposeTransformer', { after: 1, at });
    setErrorHandler(bp, 2, 'builtin:Ignore');
    setErrorHandler(bp, 2, 'builtin:Break');
    expect(bp.flow[1]?.onerror?.map((n) => n.module)).toEqual(['builtin:Break']);
    expect(everyModule(bp).map((n) => n.id)).toEqual([1, 2, 4]);
  });
});
