import { describe, expect, it } from 'vitest';
import type { DataStructure } from '../contract';
import { fakeContext, runModule } from '../util-tools/fake-context';
import { countRecords, existRecord, getRecord } from './read-records';
import { MAX_RECORD_BYTES, recordSize } from './record-size';
import { searchRecords } from './search-records';
import { addRecord, deleteAllRecords, deleteRecord, updateRecord } from './write-records';

const strict: DataStructure = {
  id: 's',
  name: 'contact',
  strict: true,
  spec: [
    { name: 'email', type: 'email', required: true },
    { name: 'n', type: 'number' },
    { name: 'tags', type: 'array' },
  ],
};

function store() {
  return fakeContext({ parameters: { datastore: 42 } });
}

describe('datastore write modules', () => {
  it('adds, refuses a duplicate key unless overwrite is on, and generates blank keys', async () => {
    const ctx = store();
    expect(await runModule(addRecord, ctx, { key: 'a', data: { n: 1 } })).toEqual([
      { n: 1, key: 'a' },
    ]);
    await expect(runModule(addRecord, ctx, { key: 'a', data: { n: 2 } })).rejects.toMatchObject({
      type: 'DuplicateDataError',
    });
    await runModule(addRecord, ctx, { key: 'a', overwrite: true, data: { n: 2 } });
    const [made] = (await runModule(addRecord, ctx, { data: {} })) as { key: string }[];
    expect(made?.key).toMatch(/^[0-9a-f]{32}$/);
    expect(ctx.stores.get('42')?.get('a')).toEqual({ n: 2 });
  });

  it('updates mapped fields, appends arrays unless overwriting, and upserts on request', async () => {
    const ctx = store();
    await runModule(addRecord, ctx, { key: 'k', data: { n: 1, tags: ['x'], keep: true } });
    await runModule(updateRecord, ctx, { key: 'k', data: { n: 2, tags: ['y'] } });
    expect(ctx.stores.get('42')?.get('k')).toEqual({ n: 2, tags: ['x', 'y'], keep: true });
    await runModule(updateRecord, ctx, { key: 'k', overwriteArrays: true, data: { tags: [] } });
    expect(ctx.stores.get('42')?.get('k')).toMatchObject({ tags: [] });
    await expect(runModule(updateRecord, ctx, { key: 'nope', data: {} })).rejects.toThrow(
      /^Key: no record with key 'nope'/,
    );
    await runModule(updateRecord, ctx, { key: 'nope', upsert: true, data: { n: 3 } });
    expect(ctx.stores.get('42')?.get('nope')).toEqual({ n: 3 });
  });

  it('validates against a strict store structure and caps records at 15 MB', async () => {
    const ctx = fakeContext({
      parameters: { datastore: 42 },
      structures: { 'datastore:42': strict },
    });
    await expect(runModule(addRecord, ctx, { key: 'a', data: { n: 1 } })).rejects.toThrow(
      /^Record\.email: a value is required/,
    );
    await expect(
      runModule(addRecord, ctx, { key: 'a', data: { email: 'a@b.c', extra: 1 } }),
    ).rejects.toThrow(/^Record\.extra: not in the strict data structure/);
    const huge = { email: 'x'.repeat(MAX_RECORD_BYTES) };
    await expect(runModule(addRecord, ctx, { key: 'a', data: huge })).rejects.toMatchObject({
      type: 'DataSizeLimitExceededError',
      message: expect.stringMatching(/over the 15 MB limit/),
    });
    await expect(runModule(addRecord, ctx, { key: 'a', data: [1] })).rejects.toThrow(/^Record:/);
    await expect(runModule(addRecord, fakeContext(), { key: 'a' })).rejects.toThrow(/^Data store:/);
  });

  it('deletes one record and all records', async () => {
    const ctx = store();
    await runModule(addRecord, ctx, { key: 'a' });
    await runModule(addRecord, ctx, { key: 'b' });
    await runModule(deleteRecord, ctx, { key: 'a' });
    expect(await runModule(countRecords, ctx, {})).toEqual([{ count: 1 }]);
    await runModule(deleteAllRecords, ctx, {});
    expect(await runModule(countRecords, ctx, {})).toEqual([{ count: 0 }]);
    await expect(runModule(deleteRecord, ctx, { key: '' })).rejects.toThrow(
      /^Key: a key is required/,
    );
  });
});

describe('datastore read modules', () => {
  it('gets unwrapped or wrapped, and checks existence', async () => {
    const ctx = store();
    await runModule(addRecord, ctx, { key: 'a', data: { 'Key IDs': [1] } });
    expect(await runModule(getRecord, ctx, { key: 'a' })).toEqual([{ 'Key IDs': [1] }]);
    expect(await runModule(getRecord, ctx, { key: 'a', returnWrapped: true })).toEqual([
      { key: 'a', data: { 'Key IDs': [1] } },
    ]);
    expect(await runModule(getRecord, ctx, { key: 'b' })).toEqual([{}]);
    expect(await runModule(existRecord, ctx, { key: 'a' })).toEqual([{ exist: true }]);
    expect(await runModule(existRecord, ctx, { key: 'b' })).toEqual([{ exist: false }]);
    await expect(runModule(existRecord, ctx, { key: { a: 1 } })).rejects.toThrow(/^Key:/);
  });

  it('searches with filter operators, sorts and limits', async () => {
    const ctx = fakeContext({ parameters: { datastore: 42, limit: 2 } });
    for (const [key, n] of [
      ['a', 5],
      ['b', 1],
      ['c', 9],
      ['d', 3],
    ] as const)
      await runModule(addRecord, ctx, { key, data: { n, name: key.toUpperCase() } });
    const out = await runModule(searchRecords, ctx, {
      filter: [[{ a: 'n', o: 'number:greater', b: '2' }]],
      sort: [{ key: 'n', order: 'desc' }],
    });
    expect(out).toEqual([
      { key: 'c', data: { n: 9, name: 'C' }, __IMTINDEX__: 1, __IMTLENGTH__: 2 },
      { key: 'a', data: { n: 5, name: 'A' }, __IMTINDEX__: 2, __IMTLENGTH__: 2 },
    ]);
    const byKey = await runModule(searchRecords, ctx, {
      filter: [[{ a: 'key', o: 'text:equal', b: 'b' }]],
    });
    expect(byKey).toHaveLength(1);
    const none = { filter: [[{ a: 'n', o: 'number:greater', b: 100 }]] };
    expect(await runModule(searchRecords, ctx, none)).toEqual([]);
    const cont = fakeContext({ parameters: { datastore: 42, continueWhenNoRes: true } });
    expect(await runModule(searchRecords, cont, none)).toEqual([{ __IMTLENGTH__: 0 }]);
  });

  it('rejects an unknown operator and a bad limit, naming them', async () => {
    const ctx = store();
    await runModule(addRecord, ctx, { key: 'a' });
    await expect(
      runModule(searchRecords, ctx, { filter: [[{ a: 'key', o: 'text:nope', b: 'x' }]] }),
    ).rejects.toThrow(/^Filter \[1\]\[1\]:/);
    const bad = fakeContext({ parameters: { datastore: 42, limit: 'many' } });
    await expect(runModule(searchRecords, bad, {})).rejects.toThrow(/^Limit:/);
  });
});

describe('recordSize', () => {
  it('matches the UTF-8 JSON length', () => {
    const v = { a: 'é', b: [1, null, true], c: { d: '€' } };
    expect(recordSize(v)).toBe(new TextEncoder().encode(JSON.stringify(v)).length);
  });
});
