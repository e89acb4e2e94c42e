import type { FieldSpec, FieldType, ModuleHandler, ModuleSpec, RegisteredModule } from './contract';

/**
 * A field spec in one line.
 *
 * @example field('array', 'Array', 'array', { required: true })
 */
export function field(
  name: string,
  label: string,
  type: FieldType,
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  return { name, label, type, ...extra };
}

/**
 * A module: its spec (data) and its handler, registered together.
 *
 * @example defineModule({ id: 'util:ComposeTransformer', … }, { run: (_ctx, input) => [input] })
 */
export function defineModule(
  spec: Omit<ModuleSpec, 'parameters' | 'mapper' | 'output'> &
    Partial<Pick<ModuleSpec, 'parameters' | 'mapper' | 'output'>>,
  handler: ModuleHandler,
): RegisteredModule {
  return { spec: { parameters: [], mapper: [], output: [], ...spec }, handler };
}

/** The mapper as an object (modules without one get `{}`). */
export function asRecord(input: unknown): Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input)
    ? (input as Record<string, unknown>)
    : {};
}
