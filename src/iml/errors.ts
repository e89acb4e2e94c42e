/**
 * Every IML error code, built here so codes stay stable (DESIGN.md §10.5).
 * Syntax errors are found at compile time; type and evaluation errors per bundle.
 */
import type { ImlError } from './types';

export type Span = [number, number];

const make =
  (code: string, kind: ImlError['kind']) =>
  (message: string, span: Span = [0, 0]): ImlError => ({ code, kind, message, span });

/** `{{` without its `}}`. */
export const unclosedExpression = make('IML_S001', 'syntax');
/** `{{}}` or `f(;)` where an expression is required. */
export const emptyExpression = make('IML_S002', 'syntax');
/** A token that cannot stand where it is. */
export const unexpectedToken = make('IML_S003', 'syntax');
/** A string or backtick segment without its closing quote. */
export const unclosedQuote = make('IML_S004', 'syntax');
/** A name that is no function, keyword, variable or module reference. */
export const unknownName = make('IML_S005', 'syntax');
/** A call to a function IML does not have. */
export const unknownFunction = make('IML_S006', 'syntax');
/** A call with too few or too many arguments. */
export const wrongArgumentCount = make('IML_S007', 'syntax');
/** A parenthesis or bracket without its partner. */
export const unbalanced = make('IML_S008', 'syntax');

/** A value of the wrong type where a number is needed. */
export const notANumber = make('IML_T001', 'type');
/** A value of the wrong type where a date is needed. */
export const notADate = make('IML_T002', 'type');
/** A value of the wrong type where an array is needed. */
export const notAnArray = make('IML_T003', 'type');
/** A value of the wrong type where a collection (object) is needed. */
export const notACollection = make('IML_T004', 'type');
/** A value of the wrong type where binary data or text is needed. */
export const notBinary = make('IML_T005', 'type');
/** A value that cannot be turned into text (e.g. binary in an unknown encoding). */
export const notText = make('IML_T006', 'type');

/** An argument with a valid type but an unusable value (bad regex, unknown encoding…). */
export const invalidArgument = make('IML_E001', 'evaluation');
/** Division or remainder by zero. */
export const divisionByZero = make('IML_E002', 'evaluation');
/** Text that does not parse as a date with the given format. */
export const invalidDate = make('IML_E003', 'evaluation');
/** An unknown IANA time zone. */
export const invalidTimezone = make('IML_E004', 'evaluation');
/** A filter operator IML does not know. */
export const unknownOperator = make('IML_E005', 'evaluation');
/** A bug in IML itself, reported as data rather than a stack trace. */
export const internalError = make('IML_E999', 'evaluation');

/**
 * Thrown inside the evaluator only, caught by `evaluate` and returned as data. A plain object
 * (not an Error) so throwing costs no stack capture on the hot path.
 */
export class ImlFault {
  constructor(public readonly error: ImlError) {}
}

/** Throw an ImlFault; spans are filled in by the enclosing call node when left at [0, 0]. */
export function fail(error: ImlError): never {
  throw new ImlFault(error);
}

/** Quote a value for a message: `text 'abc'`, `number 3`, `an array`. */
export function describe(v: unknown): string {
  if (v === undefined) return 'an empty value';
  if (v === null) return 'null';
  if (typeof v === 'string') return `text '${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  if (v instanceof Date) return 'a date';
  if (v instanceof Uint8Array) return 'binary data';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'symbol') return 'a keyword';
  return 'a collection';
}
