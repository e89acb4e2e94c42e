import Papa from 'papaparse';
import { toText } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import { AppError } from '../files/app-error';
import { booleanField, textField } from '../files/field-values';
import { delimiterFields, delimiterOf } from './csv-options';
import { badCsv, badDelimiter } from './errors';

/** Column keys: header names (blank → `colN`, repeats → `name_2`), else `col1`, `col2`, … */
function columnKeys(header: readonly string[] | null, width: number): string[] {
  const keys: string[] = [];
  const used = new Set<string>();
  for (let i = 0; i < width; i++) {
    const name = header?.[i]?.trim() || `col${i + 1}`;
    let key = name;
    for (let n = 2; used.has(key); n++) key = `${name}_${n}`;
    used.add(key);
    keys.push(key);
  }
  return keys;
}

/** Rows as bundles, made one at a time as the engine asks (like the Iterator). */
class RowBundles implements Iterable<Record<string, unknown>> {
  constructor(
    private readonly rows: readonly string[][],
    private readonly header: readonly string[] | null,
  ) {}

  [Symbol.iterator](): Iterator<Record<string, unknown>> {
    const { rows, header } = this;
    const first = header === null ? 0 : 1;
    const n = rows.length - first;
    let keys = columnKeys(header, header?.length ?? 0);
    let i = 0;
    return {
      next: () => {
        if (i >= n) return { done: true, value: undefined };
        const row = rows[first + i++] as string[];
        if (row.length > keys.length) keys = columnKeys(header, row.length);
        const bundle: Record<string, unknown> = {};
        for (let c = 0; c < keys.length; c++) bundle[keys[c] as string] = row[c] ?? '';
        bundle.__IMTINDEX__ = i;
        bundle.__IMTLENGTH__ = n;
        return { done: false, value: bundle };
      },
    };
  }
}

/**
 * Parse CSV: one bundle per row, keyed by the header row's names (or `col1`, `col2`, … without
 * one), with `__IMTINDEX__`/`__IMTLENGTH__`. Quoted fields may hold delimiters, doubled quotes
 * and line breaks (RFC 4180, papaparse). Values stay text (ADR 0554).
 */
export const parseCsv = defineModule(
  {
    id: 'csv:ParseCSV',
    label: 'Parse CSV',
    description: 'Parses CSV text into one bundle per row.',
    kind: 'feeder',
    mapper: [
      field('csv', 'CSV', 'text', { required: true, help: 'Text or a file’s data (UTF-8).' }),
      field('containsHeaders', 'CSV contains headers', 'boolean', { default: true }),
      ...delimiterFields,
      field('quote', 'Quote character', 'text', { default: '"' }),
      field('skipEmptyLines', 'Skip empty lines', 'boolean', { default: true }),
    ],
    output: [
      field('__IMTLENGTH__', 'Total number of bundles', 'integer'),
      field('__IMTINDEX__', 'Bundle order position', 'integer'),
    ],
  },
  {
    run(_ctx, input) {
      const m = asRecord(input);
      const raw = m.csv;
      if (raw === undefined || raw === null || raw === '')
        throw new AppError('CSV_E001', 'DataError', 'CSV is required');
      if (typeof raw === 'object' && !(raw instanceof Uint8Array))
        throw new AppError('CSV_E002', 'DataError', 'CSV must be text or binary data');
      const quote = textField(m, 'quote', 'Quote character', 'CSV', false) ?? '"';
      if ([...quote].length !== 1) throw badDelimiter('Quote character', quote);
      const delimiter = delimiterOf(m, quote);
      const result = Papa.parse<string[]>(toText(raw).replace(/^\uFEFF/, ''), {
        delimiter,
        quoteChar: quote,
        escapeChar: quote,
        skipEmptyLines: booleanField(m, 'skipEmptyLines', true) ? 'greedy' : false,
      });
      const error = result.errors.find((e) => e.type === 'Quotes');
      if (error) throw badCsv((error.row ?? 0) + 1, error.message);
      const rows = result.data;
      const header = booleanField(m, 'containsHeaders', true) ? (rows[0] ?? []) : null;
      return new RowBundles(rows, header);
    },
  },
);
