import { toNumber, toText } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import type { FieldSpec } from '../contract';

const feederParam = field('feeder', 'Source module', 'module', { required: true });
const groupingParams: FieldSpec[] = [
  field('groupBy', 'Group by', 'any'),
  field('stopIfEmpty', 'Stop processing after an empty aggregation', 'boolean', { default: false }),
];

/** Array aggregator: `array` of the mapped items (MAKE-OUTPUTS.md §4). */
export const arrayAggregator = defineModule(
  {
    id: 'builtin:BasicAggregator',
    label: 'Array aggregator',
    description: 'Merges the bundles of its source module into one array.',
    kind: 'aggregator',
    parameters: [feederParam, field('target', 'Target structure type', 'text'), ...groupingParams],
    output: [field('array', 'Array', 'array')],
  },
  { aggregate: (_ctx, items) => ({ array: [...items] }) },
);

const separator = (value: unknown, other: unknown, fallback: string): string => {
  if (value === undefined || value === null) return fallback;
  return value === 'other' ? toText(other) : toText(value);
};

/** Text aggregator: `text` of the items' `value`, joined by the row separator (MAKE-OUTPUTS.md §2). */
export const textAggregator = defineModule(
  {
    id: 'util:TextAggregator',
    label: 'Text aggregator',
    description: 'Merges values of the source module’s bundles into one text.',
    kind: 'aggregator',
    parameters: [
      feederParam,
      field('rowSeparator', 'Row separator', 'select', {
        options: [
          { value: '\n', label: 'New row' },
          { value: '\t', label: 'Tab' },
          { value: 'other', label: 'Other' },
        ],
      }),
      field('otherRowSeparator', 'Separator', 'text'),
      ...groupingParams,
    ],
    mapper: [field('value', 'Text', 'text')],
    output: [field('text', 'Text', 'text')],
  },
  {
    aggregate(ctx, items) {
      const p = ctx.parameters;
      const sep = separator(p.rowSeparator, p.otherRowSeparator, '');
      return { text: items.map((i) => toText(asRecord(i).value)).join(sep) };
    },
  },
);

/** Numeric aggregator: `result` of sum, avg, count, min or max (MAKE-OUTPUTS.md §3, ADR 0203). */
export const numericAggregator = defineModule(
  {
    id: 'util:FunctionAggregator2',
    label: 'Numeric aggregator',
    description:
      'Computes a sum, average, count, minimum or maximum over the source module’s bundles.',
    kind: 'aggregator',
    parameters: [
      feederParam,
      field('fn', 'Aggregate function', 'select', {
        required: true,
        options: ['sum', 'avg', 'count', 'min', 'max'].map((v) => ({
          value: v,
          label: v.toUpperCase(),
        })),
      }),
      ...groupingParams,
    ],
    mapper: [field('value', 'Value', 'number')],
    output: [field('result', 'Result', 'number')],
  },
  {
    aggregate(ctx, items) {
      const fn = toText(ctx.parameters.fn).toLowerCase();
      if (fn === 'count') return { result: items.length };
      const values: number[] = [];
      for (const i of items) {
        const n = toNumber(asRecord(i).value);
        if (n !== undefined && !Number.isNaN(n)) values.push(n);
      }
      const sum = values.reduce((a, b) => a + b, 0);
      if (fn === 'sum') return { result: sum };
      if (values.length === 0) return { result: null };
      if (fn === 'avg') return { result: sum / values.length };
      if (fn === 'min') return { result: Math.min(...values) };
      return { result: Math.max(...values) };
    },
  },
);

/** Table aggregator: rows of the mapped fields' values, columns and rows separated as set. */
export const tableAggregator = defineModule(
  {
    id: 'util:AggregateAggregator',
    label: 'Table aggregator',
    description: 'Merges the source module’s bundles into a text table.',
    kind: 'aggregator',
    parameters: [
      feederParam,
      field('columnSeparator', 'Column separator', 'select', {
        options: [
          { value: '\t', label: 'Tab' },
          { value: 'other', label: 'Other' },
        ],
      }),
      field('otherColumnSeparator', 'Separator', 'text'),
      field('rowSeparator', 'Row separator', 'select', {
        options: [
          { value: '\n', label: 'New row' },
          { value: 'other', label: 'Other' },
        ],
      }),
      field('otherRowSeparator', 'Separator', 'text'),
      ...groupingParams,
    ],
    output: [field('text', 'Text', 'text')],
  },
  {
    aggregate(ctx, items) {
      const p = ctx.parameters;
      const col = separator(p.columnSeparator, p.otherColumnSeparator, '\t');
      const row = separator(p.rowSeparator, p.otherRowSeparator, '\n');
      const rows = items.map((i) => Object.values(asRecord(i)).map(toText).join(col));
      return { text: rows.join(row) };
    },
  },
);
