/**
 * Public types of the IML (Make's mapping language). Runtime values are plain JS: string, number,
 * boolean, null, undefined (a missing field), Date, Uint8Array (binary), arrays and plain objects.
 */

/** An IML problem as data: never a thrown stack trace (DESIGN.md §6). */
export interface ImlError {
  /** Stable: `IML_S…` syntax, `IML_T…` type, `IML_E…` evaluation. */
  code: string;
  kind: 'syntax' | 'type' | 'evaluation';
  /** A sentence a person understands. */
  message: string;
  /** 0-based UTF-16 offsets into the field text, `{{` included. */
  span: [number, number];
}

export type EvalResult = { ok: true; value: unknown } | { ok: false; error: ImlError };

/** What a field sees while it is evaluated for one bundle. */
export interface EvalContext {
  /** Output bundle of module `id` ("3") as seen by the current bundle, or undefined. */
  bundle(moduleId: string): unknown;
  /** `now`, `timestamp`. */
  now: Date;
  /** IANA zone, e.g. 'Europe/Prague': the default zone of formatDate/parseDate. */
  timezone: string;
  /** `executionId`. */
  executionId: string;
}

export interface CompiledField {
  readonly source: string;
  /** Syntax errors found at compile time. */
  readonly errors: readonly ImlError[];
  /** No `{{…}}`: evaluate returns the text itself. */
  readonly isConstant: boolean;
  /** Module ids referenced ("1", "3"), in order of first use. */
  readonly moduleRefs: readonly string[];
  /** Never throws; with compile errors it returns the first one. */
  evaluate(ctx: EvalContext): EvalResult;
}

export type PathError = ImlError & { path: string };

export interface CompiledValue {
  /** Compile errors of every field, each with its JSON path (`mapper.headers[0].value`). */
  readonly errors: readonly PathError[];
  readonly moduleRefs: readonly string[];
  evaluate(ctx: EvalContext): { ok: true; value: unknown } | { ok: false; error: PathError };
}

/** Keyword `ignore`: a key whose value is IGNORE is left out of a compiled template's result. */
export const IGNORE: unique symbol = Symbol.for('weft.iml.ignore');
/** Keyword `erase`: kept as a value; modules decide what erasing a field means. */
export const ERASE: unique symbol = Symbol.for('weft.iml.erase');
