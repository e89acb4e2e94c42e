import Papa from 'papaparse';
import { toText } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import { booleanField } from '../files/field-values';
import { delimiterFields, delimiterOf } from './csv-options';

/**
 * Create CSV: an aggregator writing one row per bundle from its mapper, one field per column (as
 * the Array aggregator's mapper); the columns are every field name in first-seen order. Dates become ISO text, collections JSON, missing values
 * empty; rows end with CRLF (RFC 4180; ADR 0554). Output `text`.
 */
export const createCsv = defineModule(
  {
    id: 'csv:CreateCSV',
    label: 'Create CSV',
    description: 'Merges the source module’s bundles into CSV text, one row per bundle.',
    kind: 'aggregator',
    parameters: [
      field('feeder', 'Source module', 'module', { required: true }),
      field('includeHeaders', 'Include headers in the first row', 'boolean', { default: true }),
      ...delimiterFields,
      field('groupBy', 'Group by', 'any'),
      field('stopIfEmpty', 'Stop processing after an empty aggregation', 'boolean'),
    ],
    output: [field('text', 'Text', 'text')],
  },
  {
    aggregate(ctx, items) {
      const p = ctx.parameters;
      const delimiter = delimiterOf(p);
      const fields: string[] = [];
      const seen = new Set<string>();
      const records = items.map(asRecord);
      for (const r of records)
        for (const k in r)
          if (!seen.has(k)) {
            seen.add(k);
            fields.push(k);
          }
      const data = records.map((r) => fields.map((f) => toText(r[f])));
      const text = Papa.unparse(
        { fields, data },
        { delimiter, header: booleanField(p, 'includeHeaders', true), newline: '\r\n' },
      );
      return { text };
    },
  },
);
