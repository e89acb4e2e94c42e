import { isCollection, toBoolean, toDate, toNumber } from '../../iml';
import type { DataStructure, DataStructureField } from '../contract';
import { extraField, missingField, wrongType } from './errors';

const isBlank = (v: unknown) => v === undefined || v === null || v === '';

/** One value against one field: coerced as Make coerces mapped values, or a typed error. */
function checkValue(f: DataStructureField, v: unknown, path: string, strict: boolean): unknown {
  switch (f.type) {
    case 'text':
    case 'email':
    case 'url':
    case 'select':
    case 'json':
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      throw wrongType(path, 'text', v);
    case 'number':
    case 'integer':
    case 'uinteger': {
      const n = toNumber(v);
      if (n === undefined || typeof v === 'boolean') throw wrongType(path, f.type, v);
      if (f.type !== 'number' && !Number.isInteger(n)) throw wrongType(path, f.type, v);
      if (f.type === 'uinteger' && n < 0) throw wrongType(path, 'an unsigned integer', v);
      return n;
    }
    case 'boolean':
      if (typeof v === 'boolean') return v;
      if (v === 'true' || v === 'false') return toBoolean(v);
      throw wrongType(path, 'boolean', v);
    case 'date': {
      const d = toDate(v);
      if (!d) throw wrongType(path, 'a date', v);
      return d;
    }
    case 'buffer':
      if (v instanceof Uint8Array || typeof v === 'string') return v;
      throw wrongType(path, 'binary data', v);
    case 'collection':
      if (!isCollection(v)) throw wrongType(path, 'a collection', v);
      return checkFields(asList(f.spec), v, path, strict);
    case 'array': {
      if (!Array.isArray(v)) throw wrongType(path, 'an array', v);
      const item = itemField(f.spec);
      return item ? v.map((x, i) => checkValue(item, x, `${path}[${i + 1}]`, strict)) : v;
    }
    default:
      return v;
  }
}

const asList = (spec: DataStructureField['spec']): readonly DataStructureField[] =>
  spec === undefined ? [] : Array.isArray(spec) ? spec : [spec as DataStructureField];

/** An array's item: one field, or a collection of the listed fields. */
function itemField(spec: DataStructureField['spec']): DataStructureField | undefined {
  if (spec === undefined) return undefined;
  if (Array.isArray(spec)) return { name: '', type: 'collection', spec };
  return spec as DataStructureField;
}

function checkFields(
  fields: readonly DataStructureField[],
  value: Record<string, unknown>,
  path: string,
  strict: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = new Set<string>();
  for (const f of fields) {
    known.add(f.name);
    const at = path === '' ? f.name : `${path}.${f.name}`;
    let v = value[f.name];
    if (isBlank(v) && f.default !== undefined) v = f.default;
    if (isBlank(v)) {
      if (f.required) throw missingField(at);
      if (v !== undefined) out[f.name] = v;
      continue;
    }
    out[f.name] = checkValue(f, v, at, strict);
  }
  for (const [k, v] of Object.entries(value)) {
    if (known.has(k)) continue;
    if (strict) throw extraField(path === '' ? k : `${path}.${k}`);
    out[k] = v;
  }
  return out;
}

/**
 * Validates a collection against a data structure: required fields present, values of the
 * declared types (coerced: `"3"` for a number becomes 3), defaults filled in, and, when the
 * structure is strict, no fields it does not list. Throws a BundleValidationError naming the
 * field's path.
 *
 * @example
 * validateStructure({ n: '3' }, { id: '1', name: 's', strict: true, spec: [{ name: 'n', type: 'number' }] });
 * // { n: 3 }
 */
export function validateStructure(
  value: Record<string, unknown>,
  structure: DataStructure,
  path = '',
): Record<string, unknown> {
  return checkFields(structure.spec, value, path, structure.strict);
}
