/** Every IML function by name (DESIGN.md §6). */
import { arrayFunctions } from './arrays';
import { binaryFunctions } from './binary';
import { dateFunctions } from './dates';
import type { FunctionDef } from './define';
import { generalFunctions } from './general';
import { hashFunctions } from './hashes';
import { mathFunctions } from './math';
import { textFunctions } from './text';

export const FUNCTION_LIST: readonly FunctionDef[] = [
  ...generalFunctions,
  ...mathFunctions,
  ...textFunctions,
  ...binaryFunctions,
  ...hashFunctions,
  ...dateFunctions,
  ...arrayFunctions,
];

export const FUNCTIONS: ReadonlyMap<string, FunctionDef> = new Map(
  FUNCTION_LIST.map((f) => [f.name, f]),
);
