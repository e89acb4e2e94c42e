import { isCollection, toText } from '../../iml';
import type { HandlerContext } from '../contract';
import { validateStructure } from '../json';
import { badKey, noStore, notCollection, tooLarge } from './errors';
import { MAX_RECORD_BYTES, recordSize } from './record-size';

/** The store a module works on: `parameters.datastore`, as text (CONTRACTS.md §2). */
export function storeIdOf(ctx: HandlerContext): string {
  const id = ctx.parameters.datastore;
  if (id === undefined || id === null || id === '') throw noStore();
  return String(id);
}

/** A mapped key as text; undefined when blank. */
export function keyOf(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'object' && !(value instanceof Date)) throw badKey(toText(value));
  return toText(value);
}

/**
 * Record data ready to store: a collection, valid against the store's data structure (strict
 * ones reject extra fields), and within the 15 MB record cap.
 */
export async function checkedData(
  ctx: HandlerContext,
  storeId: string,
  data: unknown,
): Promise<Record<string, unknown>> {
  const value = data === undefined || data === null ? {} : data;
  if (!isCollection(value)) throw notCollection();
  const structure = await ctx.dataStructures?.ofDataStore(storeId);
  const checked = structure ? validateStructure(value, structure, 'Record') : value;
  const size = recordSize(checked, MAX_RECORD_BYTES);
  if (size > MAX_RECORD_BYTES) throw tooLarge(size, MAX_RECORD_BYTES);
  return checked;
}
