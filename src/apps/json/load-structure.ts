import type { DataStructure, HandlerContext } from '../contract';
import { unknownStructure } from './errors';

/**
 * The data structure a module names in `parameters.type`, or undefined when it names none.
 * A named structure the host does not know is a configuration error, never silently skipped.
 *
 * @example const structure = await loadStructure(ctx, ctx.parameters.type);
 */
export async function loadStructure(
  ctx: HandlerContext,
  id: unknown,
): Promise<DataStructure | undefined> {
  if (id === undefined || id === null || id === '') return undefined;
  const key = String(id);
  const found = await ctx.dataStructures?.get(key);
  if (!found) throw unknownStructure(key);
  return found;
}
