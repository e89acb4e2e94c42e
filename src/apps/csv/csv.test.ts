import { describe, expect, it } from 'vitest';
import type { ModuleError } from '../contract';
import { aggregateModule, runModule, testContext, utf8 } from '../files/test-context';
import { createCsv } from './create-csv';
import { parseCsv } from './parse-csv';

const failure = async (p: Promise<unknown>) => {
  const e = (await p.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )) as (ModuleError & { code?: string }) | undefined;
  if (!e) throw new Error('expected a failure');
  return { type: e.type, code: e.code, message: e.message };
};
const parse = (input: Record<string, unknown>) => runModule(parseCsv, testContext(), input);

describe('csv:ParseCSV', () => {
  it('keys rows by the header row, with quotes, doubled quotes and line breaks in fields', async () => {
    const csv = 'name,note\r\nAda,"says ""hi"", twice"\r\n"Bob","two\nlines"\r\n';
    expect(await parse({ csv })).toEqual([
      { name: 'Ada', note: 'says "hi", twice', __IMTINDEX__: 1, __IMTLENGTH__: 2 },
      { name: 'Bob', note: 'two\nlines', __IMTINDEX__: 2, __IMTLENGTH__: 2 },
    ]);
  });

  it('uses col1… without headers, another delimiter and quote, and reads bytes', async () => {
    const rows = await parse({
      csv: utf8("\uFEFFa;'x;y'\n\nb;c;extra"),
      containsHeaders: false,
      delimiter: 'other',
      otherDelimiter: ';',
      quote: "'",
    });
    expect(rows).toEqual([
      { col1: 'a', col2: 'x;y', __IMTINDEX__: 1, __IMTLENGTH__: 2 },
      { col1: 'b', col2: 'c', col3: 'extra', __IMTINDEX__: 2, __IMTLENGTH__: 2 },
    ]);
  });

  it('names blank and repeated headers, and fills short rows with empty text', async () => {
    expect(await parse({ csv: 'a,,a\n1', delimiter: ',' })).toEqual([
      { a: '1', col2: '', a_2: '', __IMTINDEX__: 1, __IMTLENGTH__: 1 },
    ]);
    expect(await parse({ csv: 'a\tb\n1\t2', delimiter: '\t' })).toMatchObject([{ a: '1', b: '2' }]);
  });

  it('fails with a DataError naming the field for missing CSV, bad quotes or a bad delimiter', async () => {
    expect(await failure(parse({}))).toEqual({
      type: 'DataError',
      code: 'CSV_E001',
      message: 'CSV is required',
    });
    expect((await failure(parse({ csv: { a: 1 } }))).code).toBe('CSV_E002');
    const quotes = await failure(parse({ csv: 'a,b\n1,"open' }));
    expect(quotes).toMatchObject({ type: 'DataError', code: 'CSV_E003' });
    expect(quotes.message).toMatch(/^CSV is not valid CSV at row 2/);
    expect(
      (await failure(parse({ csv: 'a', delimiter: 'other', otherDelimiter: '::' }))).message,
    ).toBe("Delimiter character '::' must be one character other than a quote or a line break");
    expect((await failure(parse({ csv: 'a', quote: 'ab' }))).code).toBe('CSV_E004');
  });
});

describe('csv:CreateCSV', () => {
  it('writes a header and one row per bundle, quoting where needed', async () => {
    const ctx = testContext({ parameters: { feeder: 2 } });
    const out = await aggregateModule(createCsv, ctx, [
      { name: 'Ada', note: 'a, b' },
      { name: 'Bob', at: new Date('2026-01-02T03:04:05.000Z'), note: 'say "x"' },
    ]);
    expect(out).toEqual({
      text: 'name,note,at\r\nAda,"a, b",\r\nBob,"say ""x""",2026-01-02T03:04:05.000Z',
    });
  });

  it('leaves the header out, uses the delimiter, and refuses a bad one', async () => {
    const ctx = testContext({ parameters: { includeHeaders: false, delimiter: '\t' } });
    expect(await aggregateModule(createCsv, ctx, [{ a: 1, b: { c: 2 } }])).toEqual({
      text: '1\t"{""c"":2}"',
    });
    expect(await aggregateModule(createCsv, testContext(), [])).toEqual({ text: '' });
    const bad = testContext({ parameters: { delimiter: '\n' } });
    expect(
      (await failure(Promise.resolve().then(() => aggregateModule(createCsv, bad, [])))).code,
    ).toBe('CSV_E004');
  });

  it('round-trips through Parse CSV', async () => {
    const rows = [
      { id: '1', text: 'multi\nline, "quoted"' },
      { id: '2', text: '' },
    ];
    const { text } = (await aggregateModule(createCsv, testContext(), rows)) as { text: string };
    const parsed = await parse({ csv: text });
    expect(
      parsed.map((r) => ({ id: (r as { id: string }).id, text: (r as { text: string }).text })),
    ).toEqual(rows);
  });
});
