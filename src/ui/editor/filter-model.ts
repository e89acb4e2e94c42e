import type { FilterCondition, ModuleFilter } from '../../domain';
import { catalogue } from '../../iml';

/** Operator groups offered by type (Make's filter panel), without the `:ci` twins. */
export const OPERATOR_GROUPS: { type: string; operators: string[] }[] = Object.entries(
  catalogue.filterOperators,
).map(([type, ops]) => ({ type, operators: ops.filter((o) => !o.endsWith(':ci')) }));

const CI = new Set(
  Object.values(catalogue.filterOperators)
    .flat()
    .filter((o) => o.endsWith(':ci')),
);

/** Whether an operator has a case-insensitive twin (`text:equal` → `text:equal:ci`). */
export const hasCi = (op: string) => CI.has(`${baseOperator(op)}:ci`);
export const baseOperator = (op: string) => op.replace(/:ci$/, '');
export const isUnary = (op: string) => op === 'exist' || op === 'notexist';

/** Readable operator names: `number:greaterorequal` → "Greater than or equal to" (Make's words). */
export function operatorLabel(op: string): string {
  const [, name = op] = op.includes(':') ? op.split(':') : ['', op];
  const words: Record<string, string> = {
    exist: 'Exists',
    notexist: 'Does not exist',
    equal: 'Equal to',
    notequal: 'Not equal to',
    contain: 'Contains',
    notcontain: 'Does not contain',
    startwith: 'Starts with',
    notstartwith: 'Does not start with',
    endwith: 'Ends with',
    notendwith: 'Does not end with',
    pattern: 'Matches pattern',
    notpattern: 'Does not match pattern',
    greater: 'Greater than',
    less: 'Less than',
    greaterorequal: 'Greater than or equal to',
    lessorequal: 'Less than or equal to',
  };
  return words[name] ?? name;
}

export const emptyCondition = (): FilterCondition => ({ a: '', o: 'text:equal', b: '' });

/** A filter with one empty condition, as a new filter starts. */
export const newFilter = (): ModuleFilter => ({ name: '', conditions: [[emptyCondition()]] });

/** Drops conditions with nothing on the left, and groups left empty; none left means no filter. */
export function cleanFilter(f: ModuleFilter): ModuleFilter | null {
  const conditions = f.conditions
    .map((g) => g.filter((c) => typeof c.a === 'string' && c.a.trim() !== ''))
    .filter((g) => g.length > 0)
    .map((g) => g.map((c) => (isUnary(c.o) ? { a: c.a, o: c.o } : c)));
  return conditions.length === 0 ? null : { ...f, conditions };
}
