import { isCollection } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import { loadStructure } from './load-structure';
import { indentOf, toJson } from './json-text';
import { validateStructure } from './validate-structure';
import { wrongType } from './errors';

const spaceParam = field('space', 'Indentation', 'select', {
  options: [
    { value: '', label: 'None' },
    { value: 2, label: '2 spaces' },
    { value: 4, label: '4 spaces' },
    { value: 'tab', label: 'Tab' },
  ],
});

/** Create JSON: the mapped fields of a data structure as JSON text in `json`. */
export const createJson = defineModule(
  {
    id: 'json:CreateJSON',
    label: 'Create JSON',
    description: 'Builds JSON text from fields laid out by a data structure.',
    kind: 'transformer',
    parameters: [
      field('type', 'Data structure', 'text', {
        help: 'The structure whose fields the mapper fills; checked before the JSON is made.',
      }),
      spaceParam,
    ],
    output: [field('json', 'JSON string', 'text')],
  },
  {
    async run(ctx, input) {
      const structure = await loadStructure(ctx, ctx.parameters.type);
      const object = structure ? validateStructure(asRecord(input), structure) : asRecord(input);
      return [{ json: toJson(object, indentOf(ctx.parameters.space)) }];
    },
  },
);

/** Transform to JSON: any mapped value (`object`) as JSON text in `json` (MAKE-OUTPUTS.md, MB 42). */
export const transformToJson = defineModule(
  {
    id: 'json:TransformToJSON',
    label: 'Transform to JSON',
    description: 'Converts any value (collection, array, text, number) into JSON text.',
    kind: 'transformer',
    parameters: [spaceParam],
    mapper: [field('object', 'Object', 'any', { required: true })],
    output: [field('json', 'JSON string', 'text')],
  },
  {
    run(ctx, input) {
      const object = asRecord(input).object;
      return [{ json: toJson(object ?? null, indentOf(ctx.parameters.space)) }];
    },
  },
);

/**
 * Aggregate to JSON: the items of its source module as a JSON array in `json`. When the data
 * structure has a single array field at its top, the array goes into that field (ADR 0503).
 */
export const aggregateToJson = defineModule(
  {
    id: 'json:AggregateToJSON',
    label: 'Aggregate to JSON',
    description: 'Merges the source module’s bundles into one JSON text.',
    kind: 'aggregator',
    parameters: [
      field('feeder', 'Source module', 'module', { required: true }),
      field('type', 'Data structure', 'text'),
      spaceParam,
      field('groupBy', 'Group by', 'any'),
      field('stopIfEmpty', 'Stop processing after an empty aggregation', 'boolean'),
    ],
    output: [field('json', 'JSON string', 'text')],
  },
  {
    async aggregate(ctx, items) {
      const structure = await loadStructure(ctx, ctx.parameters.type);
      const indent = indentOf(ctx.parameters.space);
      const arrayFields = structure?.spec.filter((f) => f.type === 'array') ?? [];
      const only = structure?.spec.length === 1 ? arrayFields[0] : undefined;
      if (!structure || !only) {
        const list = items.map((i, n) => {
          if (!isCollection(i)) throw wrongType(`item ${n + 1}`, 'a collection', i);
          return structure ? validateStructure(i, structure, `[${n + 1}]`) : i;
        });
        return { json: toJson(list, indent) };
      }
      const wrapped = validateStructure({ [only.name]: [...items] }, structure);
      return { json: toJson(wrapped, indent) };
    },
  },
);
