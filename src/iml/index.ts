/** iml: Make's mapping language (tokenizer, parser, evaluator, functions). May import: shared, domain. */
export type {
  CompiledField,
  CompiledValue,
  EvalContext,
  EvalResult,
  ImlError,
  PathError,
} from './types';
export { ERASE, IGNORE } from './types';
export { compileField } from './compile-field';
export { compileValue } from './compile-value';
export { isCollection, isEmpty, toBoolean, toDate, toNumber, toText } from './coercion';
export { applyFilterOperator } from './filter-operators';
export { catalogue } from './catalogue';
export type { CatalogueEntry, CatalogueFunction } from './catalogue';
