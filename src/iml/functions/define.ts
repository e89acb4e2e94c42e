/** Shape of one IML function: its implementation plus what the editor's catalogue shows. */
import type { EvalContext } from '../types';

export type Category = 'general' | 'math' | 'text' | 'date' | 'array';

/** A deferred argument: `if`, `ifempty` and `switch` evaluate only what they need. */
export type Thunk = (ctx: EvalContext) => unknown;

interface Common {
  name: string;
  categories: Category[];
  /** `formatDate(date; format; [timezone])` */
  signature: string;
  help: string;
  /** An example call and its result: `formatDate(now; "YYYY") → 2026`. */
  example: string;
  minArgs: number;
  /** `Infinity` for any number of arguments. */
  maxArgs: number;
}

export type FunctionDef =
  | (Common & { lazy?: false; impl: (args: unknown[], ctx: EvalContext) => unknown })
  | (Common & { lazy: true; impl: (args: Thunk[], ctx: EvalContext) => unknown });

/** Identity helper so each function file stays a typed list. */
export const defineFunctions = (defs: FunctionDef[]): FunctionDef[] => defs;
