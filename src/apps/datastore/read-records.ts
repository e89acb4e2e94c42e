import { isCollection, toBoolean } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import { keyRequired } from './errors';
import { keyOf, storeIdOf } from './record-data';
import { storeParam } from './write-records';

/**
 * Get a record: its fields (MAKE-OUTPUTS.md §11), or `{key, data}` with "Return wrapped
 * output". A missing record gives an empty bundle, so the route goes on (ADR 0505).
 */
export const getRecord = defineModule(
  {
    id: 'datastore:GetRecord',
    label: 'Get a record',
    description: 'Reads the record with the given key.',
    kind: 'action',
    parameters: [storeParam],
    mapper: [
      field('key', 'Key', 'text', { required: true }),
      field('returnWrapped', 'Return Wrapped Output', 'boolean', { default: false }),
    ],
    output: [
      field('key', 'Key (wrapped output)', 'text'),
      field('data', 'Record (wrapped output)', 'collection'),
    ],
  },
  {
    async run(ctx, input) {
      const m = asRecord(input);
      const key = keyOf(m.key);
      if (key === undefined) throw keyRequired();
      const data = await ctx.dataStores.get(storeIdOf(ctx), key);
      if (data === undefined) return [{}];
      if (m.returnWrapped !== undefined && toBoolean(m.returnWrapped)) return [{ key, data }];
      return [isCollection(data) ? { ...data } : { value: data }];
    },
  },
);

/** Check the existence of a record: `exist` (singular, as Make's). */
export const existRecord = defineModule(
  {
    id: 'datastore:ExistRecord',
    label: 'Check the existence of a record',
    description: 'Tells whether a record with the given key exists.',
    kind: 'action',
    parameters: [storeParam],
    mapper: [field('key', 'Key', 'text', { required: true })],
    output: [field('exist', 'Exist', 'boolean')],
  },
  {
    async run(ctx, input) {
      const key = keyOf(asRecord(input).key);
      if (key === undefined) throw keyRequired();
      return [{ exist: (await ctx.dataStores.get(storeIdOf(ctx), key)) !== undefined }];
    },
  },
);

/** Count records: `count`. */
export const countRecords = defineModule(
  {
    id: 'datastore:CountRecords',
    label: 'Count records',
    description: 'Counts the records in the data store.',
    kind: 'action',
    parameters: [storeParam],
    output: [field('count', 'Count', 'number')],
  },
  {
    async run(ctx) {
      return [{ count: (await ctx.dataStores.list(storeIdOf(ctx))).length }];
    },
  },
);
