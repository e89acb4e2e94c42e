import { toBoolean, toNumber } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import { badLimit } from './errors';
import { storeIdOf } from './record-data';
import { matches, sortRecords } from './search-filter';
import { storeParam } from './write-records';

function limitOf(value: unknown): number {
  if (value === undefined || value === null || value === '') return Infinity;
  const n = toNumber(value);
  if (n === undefined || !Number.isInteger(n) || n < 1) throw badLimit(value);
  return n;
}

/**
 * Search records: the records passing the filter, sorted, up to `limit`, one bundle each
 * (`key`, `data`, `__IMTINDEX__`, `__IMTLENGTH__`): an implicit iterator, 1 operation per call.
 * With "continue when no results", an empty search still gives one bundle (`__IMTLENGTH__` 0).
 */
export const searchRecords = defineModule(
  {
    id: 'datastore:SearchRecord',
    label: 'Search records',
    description: 'Finds the records that match a filter.',
    kind: 'search',
    parameters: [
      storeParam,
      field('limit', 'Maximum number of returned records', 'integer'),
      field(
        'continueWhenNoRes',
        'Continue the execution of the route even if the module finishes without any results',
        'boolean',
        { default: false },
      ),
    ],
    mapper: [
      field('filter', 'Filter', 'array', {
        help: 'OR of AND-groups of {a: column, o: operator, b: value}; `key` is the record key.',
      }),
      field('sort', 'Sort', 'array', {
        spec: [
          field('key', 'Column', 'text'),
          field('order', 'Order', 'select', {
            options: [
              { value: 'asc', label: 'Ascending' },
              { value: 'desc', label: 'Descending' },
            ],
          }),
        ],
      }),
    ],
    output: [
      field('key', 'Key', 'text'),
      field('data', 'Record', 'collection'),
      field('__IMTLENGTH__', 'Total number of bundles', 'integer'),
      field('__IMTINDEX__', 'Bundle order position', 'integer'),
    ],
  },
  {
    async run(ctx, input) {
      const m = asRecord(input);
      const limit = limitOf(ctx.parameters.limit);
      const all = await ctx.dataStores.list(storeIdOf(ctx));
      const found = sortRecords(
        all.filter((r) => matches(r, m.filter, ctx.timezone)),
        m.sort,
      );
      const picked = found.slice(0, limit);
      const continueEmpty =
        ctx.parameters.continueWhenNoRes !== undefined &&
        toBoolean(ctx.parameters.continueWhenNoRes);
      if (picked.length === 0) return continueEmpty ? [{ __IMTLENGTH__: 0 }] : [];
      return picked.map((r, i) => ({
        key: r.key,
        data: r.data,
        __IMTINDEX__: i + 1,
        __IMTLENGTH__: picked.length,
      }));
    },
  },
);
