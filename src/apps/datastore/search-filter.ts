import { applyFilterOperator, toNumber, toText } from '../../iml';
import type { DataStoreRecord } from '../contract';
import { asRecord } from '../define';
import { badFilter } from './errors';

/** A column of a record: `key`, or a field of its data (dots reach into collections). */
function column(record: DataStoreRecord, name: string): unknown {
  if (name === 'key') return record.key;
  let v: unknown = record.data;
  for (const part of name.split('.')) v = asRecord(v)[part];
  return v;
}

/**
 * Whether a record passes a search filter: an OR of AND-groups of `{a: column, o, b}`, with the
 * IML filter operators (DESIGN.md §5). An empty filter passes every record.
 *
 * @example matches(rec, [[{ a: 'key', o: 'text:equal', b: 'x' }]], 'UTC');
 */
export function matches(record: DataStoreRecord, filter: unknown, timezone: string): boolean {
  const groups = Array.isArray(filter) ? filter : [];
  if (groups.length === 0) return true;
  return groups.some((group, g) => {
    const conditions = Array.isArray(group) ? group : [group];
    return conditions.every((c, i) => {
      const row = asRecord(c);
      const name = toText(row.a);
      const op = toText(row.o);
      if (name === '') throw badFilter(`[${g + 1}][${i + 1}]`, 'choose a column (a)');
      const result = applyFilterOperator(op, column(record, name), row.b, { timezone });
      if (!result.ok) throw badFilter(`[${g + 1}][${i + 1}]`, result.error.message);
      return result.value;
    });
  });
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return 1;
  if (b === undefined || b === null) return -1;
  const na = toNumber(a);
  const nb = toNumber(b);
  if (typeof a !== 'string' || typeof b !== 'string') {
    if (na !== undefined && nb !== undefined) return na - nb;
  }
  return toText(a).localeCompare(toText(b));
}

/**
 * Sorts records by `[{key: column, order: 'asc'|'desc'}]`, first entry first; stable.
 *
 * @example sortRecords(records, [{ key: 'age', order: 'desc' }]);
 */
export function sortRecords(records: DataStoreRecord[], sort: unknown): DataStoreRecord[] {
  const keys = (Array.isArray(sort) ? sort : []).map((s) => {
    const row = asRecord(s);
    return { name: toText(row.key ?? row.field), desc: toText(row.order).toLowerCase() === 'desc' };
  });
  if (keys.length === 0) return records;
  return records.sort((x, y) => {
    for (const k of keys) {
      const c = compare(column(x, k.name), column(y, k.name));
      if (c !== 0) return k.desc ? -c : c;
    }
    return 0;
  });
}
