/** What the editor offers: every function, keyword, variable, operator and filter operator. */
import type { Category } from './functions/define';
import { FUNCTION_LIST } from './functions/registry';
import { FILTER_OPERATORS } from './filter-operators';

export interface CatalogueFunction {
  name: string;
  categories: readonly Category[];
  signature: string;
  help: string;
  example: string;
}
export interface CatalogueEntry {
  name: string;
  help: string;
}

const keywords: CatalogueEntry[] = [
  { name: 'null', help: 'No value.' },
  { name: 'true', help: 'Boolean true.' },
  { name: 'false', help: 'Boolean false.' },
  { name: 'emptystring', help: 'Empty text.' },
  { name: 'emptyarray', help: 'An array with no items.' },
  { name: 'space', help: 'One space character.' },
  { name: 'tab', help: 'A tab character.' },
  { name: 'newline', help: 'A line feed (\\n).' },
  { name: 'nbsp', help: 'A non-breaking space.' },
  { name: 'carriagereturn', help: 'A carriage return (\\r).' },
  { name: 'ignore', help: 'Leave the field out, as if it were not filled.' },
  { name: 'erase', help: 'Clear the field in the target service (updates).' },
];

const variables: CatalogueEntry[] = [
  { name: 'now', help: 'The current date and time (the execution start in tests and the CLI).' },
  { name: 'timestamp', help: 'Seconds since 1970-01-01 (Unix time) of now.' },
  { name: 'random', help: 'A random number from 0 (included) to 1 (excluded).' },
  { name: 'uuid', help: 'A new random UUID (version 4).' },
  { name: 'pi', help: 'π, 3.141592653589793.' },
  { name: 'executionId', help: 'The id of the running execution.' },
];

const operators: CatalogueEntry[] = [
  { name: '=', help: 'Equal (text, numbers, dates).' },
  { name: '!=', help: 'Not equal.' },
  { name: '<', help: 'Less than.' },
  { name: '>', help: 'Greater than.' },
  { name: '<=', help: 'Less than or equal.' },
  { name: '>=', help: 'Greater than or equal.' },
  { name: '+', help: 'Add numbers; joins text when either side is text.' },
  { name: '-', help: 'Subtract; date - date gives milliseconds.' },
  { name: '*', help: 'Multiply.' },
  { name: '/', help: 'Divide.' },
  { name: '%', help: 'Remainder of a division.' },
  { name: '&', help: 'Logical and (also written and).' },
  { name: '|', help: 'Logical or (also written or).' },
];

/** The editor's catalogue (read-only data). */
export const catalogue: {
  functions: readonly CatalogueFunction[];
  keywords: readonly CatalogueEntry[];
  variables: readonly CatalogueEntry[];
  operators: readonly CatalogueEntry[];
  filterOperators: Readonly<Record<string, readonly string[]>>;
} = {
  functions: FUNCTION_LIST.map(({ name, categories, signature, help, example }) => ({
    name,
    categories,
    signature,
    help,
    example,
  })),
  keywords,
  variables,
  operators,
  filterOperators: FILTER_OPERATORS,
};
