import type { Blueprint } from '../../domain';
import type { DataStructure, DataStructurePort } from '../contract';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Data structures for Parse JSON, webhooks and data stores, kept in the blueprint as `weft run`
 * reads them (ADR 0509): `metadata.weft.dataStructures` = `{"<id>": {name, strict, spec}}` and
 * `metadata.weft.dataStoreStructures` = `{"<store id>": "<structure id>"}`. Entries without a
 * `spec` array are unknown, so the module reports the structure as missing. The CLI and the
 * engine worker both read them here.
 *
 * @example blueprintDataStructures(bp).get('12'); // { id: '12', name: 'Order', strict: true, spec: [...] }
 */
export function blueprintDataStructures(blueprint: Blueprint): DataStructurePort {
  const weft: Record<string, unknown> = blueprint.metadata.weft ?? {};
  const raw = isObject(weft.dataStructures) ? weft.dataStructures : {};
  const byStore = isObject(weft.dataStoreStructures) ? weft.dataStoreStructures : {};
  const get = (id: string): DataStructure | undefined => {
    const s = Object.hasOwn(raw, id) ? raw[id] : undefined;
    if (!isObject(s) || !Array.isArray(s.spec)) return undefined;
    return {
      id,
      name: typeof s.name === 'string' ? s.name : id,
      strict: s.strict === true,
      spec: s.spec as DataStructure['spec'],
    };
  };
  return {
    get,
    ofDataStore(storeId) {
      const id = Object.hasOwn(byStore, storeId) ? byStore[storeId] : undefined;
      return id === undefined || id === null ? undefined : get(String(id));
    },
  };
}
