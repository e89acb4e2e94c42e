import { toText } from '../../iml';
import type { HandlerContext, VariableScope } from '../contract';
import { asRecord, defineModule, field } from '../define';

const scopeOf = (v: unknown): VariableScope => (v === 'execution' ? 'execution' : 'roundtrip');
const scopeField = field('scope', 'Variable lifetime', 'select', {
  default: 'roundtrip',
  options: [
    { value: 'roundtrip', label: 'One cycle' },
    { value: 'execution', label: 'One execution' },
  ],
});

function setOne(ctx: HandlerContext, name: string, value: unknown, scope: VariableScope): void {
  ctx.variables.set(name, value, scope);
}

/** Set variable: output keyed by the variable's name (MAKE-OUTPUTS.md §7). */
export const setVariable2 = defineModule(
  {
    id: 'util:SetVariable2',
    label: 'Set variable',
    description: 'Sets a variable that later modules (and Get variable) can read.',
    kind: 'transformer',
    mapper: [
      field('name', 'Variable name', 'text', { required: true }),
      scopeField,
      field('value', 'Variable value', 'any'),
    ],
  },
  {
    run(ctx, input) {
      const m = asRecord(input);
      const name = toText(m.name);
      setOne(ctx, name, m.value, scopeOf(m.scope));
      return [{ [name]: m.value }];
    },
  },
);

/** Set multiple variables: one operation, output keyed by the names. */
export const setVariables = defineModule(
  {
    id: 'util:SetVariables',
    label: 'Set multiple variables',
    description: 'Sets several variables in one operation.',
    kind: 'transformer',
    mapper: [
      field('variables', 'Variables', 'array', {
        spec: [field('name', 'Variable name', 'text'), field('value', 'Variable value', 'any')],
      }),
      scopeField,
    ],
  },
  {
    run(ctx, input) {
      const m = asRecord(input);
      const scope = scopeOf(m.scope);
      const out: Record<string, unknown> = {};
      for (const v of Array.isArray(m.variables) ? m.variables : []) {
        const item = asRecord(v);
        const name = toText(item.name);
        setOne(ctx, name, item.value, scope);
        out[name] = item.value;
      }
      return [out];
    },
  },
);

/** Get variable: output keyed by the variable's name. */
export const getVariable2 = defineModule(
  {
    id: 'util:GetVariable2',
    label: 'Get variable',
    description: 'Reads a variable set earlier in this cycle or execution.',
    kind: 'transformer',
    mapper: [field('name', 'Variable name', 'text', { required: true })],
  },
  {
    run(ctx, input) {
      const name = toText(asRecord(input).name);
      return [{ [name]: ctx.variables.get(name) }];
    },
  },
);

/** Get multiple variables. */
export const getVariables = defineModule(
  {
    id: 'util:GetVariables',
    label: 'Get multiple variables',
    description: 'Reads several variables in one operation.',
    kind: 'transformer',
    mapper: [
      field('variables', 'Variables', 'array', { spec: [field('name', 'Variable name', 'text')] }),
    ],
  },
  {
    run(ctx, input) {
      const list = asRecord(input).variables;
      const out: Record<string, unknown> = {};
      for (const v of Array.isArray(list) ? list : []) {
        const name = toText(asRecord(v).name);
        out[name] = ctx.variables.get(name);
      }
      return [out];
    },
  },
);

/** Legacy Integromat-era modules: same behaviour, output is always `value` (MAKE-OUTPUTS.md §7). */
export const setVariableLegacy = defineModule(
  {
    id: 'util:SetVariable',
    label: 'Set variable (legacy)',
    description: 'Integromat-era Set variable; its output is `value`.',
    kind: 'transformer',
    mapper: [
      field('name', 'Variable name', 'text', { required: true }),
      scopeField,
      field('value', 'Variable value', 'any'),
    ],
    output: [field('value', 'Value', 'any')],
  },
  {
    run(ctx, input) {
      const m = asRecord(input);
      setOne(ctx, toText(m.name), m.value, scopeOf(m.scope));
      return [{ value: m.value }];
    },
  },
);

export const getVariableLegacy = defineModule(
  {
    id: 'util:GetVariable',
    label: 'Get variable (legacy)',
    description: 'Integromat-era Get variable; its output is `value`.',
    kind: 'transformer',
    mapper: [field('name', 'Variable name', 'text', { required: true })],
    output: [field('value', 'Value', 'any')],
  },
  { run: (ctx, input) => [{ value: ctx.variables.get(toText(asRecord(input).name)) }] },
);
