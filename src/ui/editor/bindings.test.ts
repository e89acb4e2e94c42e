import { describe, expect, it } from 'vitest';
import { emptyBlueprint, restoreBlueprint, type Blueprint } from '../../domain';
import { bind, bindingKindOf, boundIdOf } from './bindings';
import { addModule } from './edits';
import { locate } from './locate';

const empty = (): Blueprint => {
  const r = restoreBlueprint(emptyBlueprint('t'));
  if (!r.ok) throw new Error('bad fixture');
  return r.value.blueprint;
};
const at = { x: 0, y: 0 };

describe('bindings', () => {
  it('knows which parameters bind', () => {
    expect(bindingKindOf('gateway:CustomWebHook', 'hook')).toBe('hook');
    expect(bindingKindOf('datastore:GetRecord', 'datastore')).toBe('datastore');
    expect(bindingKindOf('gateway:WebhookRespond', 'hook')).toBeUndefined();
    expect(bindingKindOf('datastore:GetRecord', 'key')).toBeUndefined();
  });

  it("binds Make's hook number without rewriting it", () => {
    const bp = empty();
    addModule(bp, 'gateway:CustomWebHook', { at });
    locate(bp, 1)!.node.parameters = { hook: 812345, maxResults: 2 };
    bind(bp, 1, 'hook', 'relay-h1');
    expect(locate(bp, 1)!.node.parameters).toEqual({ hook: 812345, maxResults: 2 });
    expect(bp.metadata.weft?.bindings).toEqual({ 'hook:812345': 'relay-h1' });
    expect(boundIdOf(bp, 1, 'hook')).toBe('relay-h1');
    bind(bp, 1, 'hook', 'relay-h2');
    expect(bp.metadata.weft?.bindings).toEqual({ 'hook:812345': 'relay-h2' });
  });

  it('numbers an empty parameter with the next small integer of its kind', () => {
    const bp = empty();
    addModule(bp, 'datastore:GetRecord', { at });
    addModule(bp, 'datastore:AddRecord', { after: 1, at });
    addModule(bp, 'datastore:CountRecords', { after: 2, at });
    locate(bp, 1)!.node.parameters = { datastore: 4 };
    bind(bp, 2, 'datastore', 'local-a');
    expect(locate(bp, 2)!.node.parameters.datastore).toBe(5);
    bind(bp, 3, 'datastore', 'local-b');
    expect(locate(bp, 3)!.node.parameters.datastore).toBe(6);
    expect(bp.metadata.weft?.bindings).toEqual({
      'datastore:5': 'local-a',
      'datastore:6': 'local-b',
    });
  });

  it('unbinds without touching the parameter', () => {
    const bp = empty();
    addModule(bp, 'gateway:CustomWebHook', { at });
    bind(bp, 1, 'hook', 'relay-h1');
    expect(locate(bp, 1)!.node.parameters.hook).toBe(1);
    bind(bp, 1, 'hook', null);
    expect(bp.metadata.weft?.bindings).toEqual({});
    expect(locate(bp, 1)!.node.parameters.hook).toBe(1);
    expect(boundIdOf(bp, 1, 'hook')).toBeUndefined();
  });
});
