import { isCollection, toText } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import { invalidJson } from './errors';
import { loadStructure } from './load-structure';
import { validateStructure } from './validate-structure';

/**
 * Parse JSON: an object becomes one bundle of its fields; an array one bundle per item (items
 * that are not objects come as `value`), as apps.make.com/json says (MAKE-OUTPUTS.md §8, ADR 0502).
 * With a data structure, each object is validated (and coerced) against it.
 */
export const parseJson = defineModule(
  {
    id: 'json:ParseJSON',
    label: 'Parse JSON',
    description: 'Turns JSON text into bundles whose fields later modules can map.',
    kind: 'transformer',
    parameters: [
      field('type', 'Data structure', 'text', {
        help: 'Optional. Validates each parsed object and offers its fields for mapping.',
      }),
    ],
    mapper: [field('json', 'JSON string', 'text', { required: true })],
    output: [field('value', 'Value (when the JSON is not an object)', 'any')],
  },
  {
    async run(ctx, input) {
      const text = toText(asRecord(input).json);
      if (text.trim() === '') throw invalidJson('JSON string', 'it is empty');
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (e) {
        throw invalidJson('JSON string', e instanceof Error ? e.message : String(e));
      }
      const structure = await loadStructure(ctx, ctx.parameters.type);
      const items = Array.isArray(parsed) ? parsed : [parsed];
      return items.map((item, i) => {
        if (!isCollection(item)) return { value: item };
        if (!structure) return item;
        return validateStructure(item, structure, Array.isArray(parsed) ? `[${i + 1}]` : '');
      });
    },
  },
);
