import { isCollection, toBoolean } from '../../iml';
import type { FieldSpec } from '../contract';
import { asRecord, defineModule, field } from '../define';
import { duplicateKey, keyRequired, notFound } from './errors';
import { checkedData, keyOf, storeIdOf } from './record-data';

export const storeParam = field('datastore', 'Data store', 'text', { required: true });
export const keyField = field('key', 'Key', 'text');
const dataField = field('data', 'Record', 'collection', {
  help: 'The fields of the store’s data structure.',
});
const recordOutput: FieldSpec[] = [field('key', 'Key', 'text')];
const flag = (v: unknown, fallback: boolean) =>
  v === undefined || v === '' ? fallback : toBoolean(v);

/** Add/replace a record: a blank key gets a generated one; `{key, …fields}` out (ADR 0505). */
export const addRecord = defineModule(
  {
    id: 'datastore:AddRecord',
    label: 'Add/replace a record',
    description: 'Stores a record under a key; with overwrite on, replaces an existing one.',
    kind: 'action',
    transactional: true,
    parameters: [storeParam],
    mapper: [
      field('key', 'Key', 'text', { help: 'Leave blank to generate a unique key.' }),
      field('overwrite', 'Overwrite an existing record', 'boolean', { default: false }),
      dataField,
    ],
    output: recordOutput,
  },
  {
    async run(ctx, input) {
      const m = asRecord(input);
      const store = storeIdOf(ctx);
      const key = keyOf(m.key) ?? crypto.randomUUID().replace(/-/g, '');
      const data = await checkedData(ctx, store, m.data);
      if (!flag(m.overwrite, false) && (await ctx.dataStores.get(store, key)) !== undefined)
        throw duplicateKey(key);
      ctx.dataStores.set(store, key, data);
      return [{ ...data, key }];
    },
  },
);

function merge(
  old: Record<string, unknown>,
  update: Record<string, unknown>,
  overwriteArrays: boolean,
): Record<string, unknown> {
  const out = { ...old };
  for (const [k, v] of Object.entries(update)) {
    const prev = out[k];
    out[k] = !overwriteArrays && Array.isArray(prev) && Array.isArray(v) ? [...prev, ...v] : v;
  }
  return out;
}

/** Update a record: mapped fields replace stored ones; missing records only with upsert. */
export const updateRecord = defineModule(
  {
    id: 'datastore:UpdateRecord',
    label: 'Update a record',
    description: 'Changes the mapped fields of a record; can insert it when missing.',
    kind: 'action',
    transactional: true,
    parameters: [storeParam],
    mapper: [
      field('key', 'Key', 'text', { required: true }),
      field('upsert', 'Insert missing record', 'boolean', { default: false }),
      field('overwriteArrays', 'Overwrite arrays', 'boolean', {
        default: false,
        help: 'Off: mapped arrays are appended to the stored ones.',
      }),
      dataField,
    ],
    output: recordOutput,
  },
  {
    async run(ctx, input) {
      const m = asRecord(input);
      const store = storeIdOf(ctx);
      const key = keyOf(m.key);
      if (key === undefined) throw keyRequired();
      const old = await ctx.dataStores.get(store, key);
      if (old === undefined && !flag(m.upsert, false)) throw notFound(key);
      const update = isCollection(m.data) ? m.data : {};
      const merged = merge(isCollection(old) ? old : {}, update, flag(m.overwriteArrays, false));
      const data = await checkedData(ctx, store, merged);
      ctx.dataStores.set(store, key, data);
      return [{ ...data, key }];
    },
  },
);

/** Delete a record (a missing key is not an error: the record is gone either way). */
export const deleteRecord = defineModule(
  {
    id: 'datastore:DeleteRecord',
    label: 'Delete a record',
    description: 'Deletes the record with the given key.',
    kind: 'action',
    transactional: true,
    parameters: [storeParam],
    mapper: [field('key', 'Key', 'text', { required: true })],
  },
  {
    run(ctx, input) {
      const key = keyOf(asRecord(input).key);
      if (key === undefined) throw keyRequired();
      ctx.dataStores.delete(storeIdOf(ctx), key);
      return [{}];
    },
  },
);

/** Delete all records of the store. */
export const deleteAllRecords = defineModule(
  {
    id: 'datastore:DeleteAllRecords',
    label: 'Delete all records',
    description: 'Empties the data store.',
    kind: 'action',
    transactional: true,
    parameters: [storeParam],
  },
  {
    run(ctx) {
      ctx.dataStores.clear(storeIdOf(ctx));
      return [{}];
    },
  },
);
