import type { Blueprint } from '../../domain';
import { everyModule, locate } from './locate';

/** What a module parameter names by Make's number and Weft binds to a local object. */
export type BindingKind = 'hook' | 'datastore';

/**
 * The binding kind of a module's parameter, if it has one: the Custom webhook's `hook` (a relay
 * hook of this browser) and data-store modules' `datastore` (a local data store).
 *
 * @example bindingKindOf('datastore:AddRecord', 'datastore'); // 'datastore'
 */
export function bindingKindOf(moduleType: string, param: string): BindingKind | undefined {
  if (moduleType === 'gateway:CustomWebHook' && param === 'hook') return 'hook';
  if (moduleType.startsWith('datastore:') && param === 'datastore') return 'datastore';
  return undefined;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';
const bindingsOf = (bp: Blueprint): Record<string, string> => bp.metadata.weft?.bindings ?? {};

/** The Make id a module's parameter holds, as text ('' when it holds none). */
export function makeIdOf(bp: Blueprint, moduleId: number, kind: BindingKind): string {
  const v = locate(bp, moduleId)?.node.parameters[kind];
  return isEmpty(v) ? '' : String(v);
}

/** The local object the module's parameter is bound to, if any. */
export function boundIdOf(bp: Blueprint, moduleId: number, kind: BindingKind): string | undefined {
  const id = makeIdOf(bp, moduleId, kind);
  return id === '' ? undefined : bindingsOf(bp)[`${kind}:${id}`];
}

/** One more than the largest number any module of the blueprint uses for this kind (from 1). */
function nextNumber(bp: Blueprint, kind: BindingKind): number {
  let max = 0;
  for (const m of everyModule(bp)) {
    const n = Number(m.parameters[kind]);
    if (Number.isInteger(n) && n > max) max = n;
  }
  for (const key of Object.keys(bindingsOf(bp))) {
    const n = Number(key.slice(kind.length + 1));
    if (key.startsWith(`${kind}:`) && Number.isInteger(n) && n > max) max = n;
  }
  return max + 1;
}

/**
 * Binds a module's hook or data store to a local object (CONTRACTS.md §3): writes
 * `metadata.weft.bindings["<kind>:<parameters[kind]>"] = localId`. Make's value in `parameters`
 * is never rewritten; a module without one gets the next small integer, as Make numbers its
 * hooks and stores. `localId` null removes the binding and keeps the parameter.
 *
 * @example bind(bp, 1, 'hook', 'h_abc'); // bp.metadata.weft.bindings['hook:812345'] === 'h_abc'
 */
export function bind(bp: Blueprint, moduleId: number, kind: BindingKind, localId: string | null) {
  const node = locate(bp, moduleId)?.node;
  if (!node) return;
  let id = makeIdOf(bp, moduleId, kind);
  if (localId === null) {
    const { [`${kind}:${id}`]: _gone, ...rest } = bindingsOf(bp);
    if (id !== '' && bp.metadata.weft) bp.metadata.weft = { ...bp.metadata.weft, bindings: rest };
    return;
  }
  if (id === '') {
    const n = nextNumber(bp, kind);
    node.parameters = { ...node.parameters, [kind]: n };
    id = String(n);
  }
  const bindings = { ...bindingsOf(bp), [`${kind}:${id}`]: localId };
  bp.metadata.weft = { ...bp.metadata.weft, bindings };
}
