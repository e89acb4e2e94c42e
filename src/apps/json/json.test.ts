import { describe, expect, it } from 'vitest';
import type { DataStructure } from '../contract';
import { ModuleError } from '../contract';
import { fakeContext, runModule } from '../util-tools/fake-context';
import { aggregateToJson, createJson, transformToJson } from './create-json';
import { parseJson } from './parse-json';

const person: DataStructure = {
  id: '7',
  name: 'person',
  strict: true,
  spec: [
    { name: 'name', type: 'text', required: true },
    { name: 'age', type: 'uinteger' },
    { name: 'tags', type: 'array', spec: { name: 'tag', type: 'text' } },
  ],
};
const structures = { '7': person, '8': { ...person, id: '8', strict: false } };

describe('json:ParseJSON', () => {
  // [webhook] → [parse json]: object root → one bundle; array root → one per item
  it('gives one bundle for an object and one per item for an array', async () => {
    const ctx = fakeContext();
    expect(await runModule(parseJson, ctx, { json: '{"a":1,"b":[2]}' })).toEqual([
      { a: 1, b: [2] },
    ]);
    expect(await runModule(parseJson, ctx, { json: '[{"a":1},3]' })).toEqual([
      { a: 1 },
      { value: 3 },
    ]);
  });

  it('validates and coerces against a strict data structure', async () => {
    const ctx = fakeContext({ parameters: { type: 7 }, structures });
    const out = await runModule(parseJson, ctx, { json: '{"name":"Ann","age":"41"}' });
    expect(out).toEqual([{ name: 'Ann', age: 41 }]);
    await expect(runModule(parseJson, ctx, { json: '{"name":"Ann","x":1}' })).rejects.toThrow(
      /x: not in the strict data structure/,
    );
    await expect(runModule(parseJson, ctx, { json: '[{"age":1}]' })).rejects.toThrow(
      /\[1\]\.name: a value is required/,
    );
    const loose = fakeContext({ parameters: { type: 8 }, structures });
    expect(await runModule(parseJson, loose, { json: '{"name":"A","x":1}' })).toEqual([
      { name: 'A', x: 1 },
    ]);
  });

  it('fails with a DataError naming the field for bad JSON, and for an unknown structure', async () => {
    const bad = runModule(parseJson, fakeContext(), { json: '{"a":' });
    await expect(bad).rejects.toBeInstanceOf(ModuleError);
    await expect(bad).rejects.toMatchObject({ type: 'DataError' });
    await expect(bad).rejects.toThrow(/^JSON string: the text is not valid JSON/);
    await expect(runModule(parseJson, fakeContext(), { json: '' })).rejects.toThrow(/empty/);
    const unknown = fakeContext({ parameters: { type: 99 } });
    await expect(runModule(parseJson, unknown, { json: '{}' })).rejects.toMatchObject({
      type: 'InvalidConfigurationError',
    });
  });
});

describe('json:CreateJSON and json:TransformToJSON', () => {
  it('creates JSON from mapped fields, indented as asked', async () => {
    const ctx = fakeContext({ parameters: { type: 7, space: 2 }, structures });
    const [out] = await runModule(createJson, ctx, { name: 'Bo', tags: ['x'] });
    expect(out).toEqual({ json: '{\n  "name": "Bo",\n  "tags": [\n    "x"\n  ]\n}' });
    await expect(runModule(createJson, ctx, { name: 'Bo', age: -1 })).rejects.toThrow(
      /^age: expected an unsigned integer/,
    );
  });

  it('transforms any value, dates as ISO text', async () => {
    const ctx = fakeContext();
    expect(await runModule(transformToJson, ctx, { object: { at: new Date(0) } })).toEqual([
      { json: '{"at":"1970-01-01T00:00:00.000Z"}' },
    ]);
    expect(await runModule(transformToJson, ctx, {})).toEqual([{ json: 'null' }]);
  });
});

describe('json:AggregateToJSON', () => {
  it('aggregates items into a JSON array, or into the structure’s only array field', async () => {
    const agg = aggregateToJson.handler.aggregate;
    expect(await agg?.(fakeContext(), [{ a: 1 }, { a: 2 }])).toEqual({ json: '[{"a":1},{"a":2}]' });
    const wrapper: DataStructure = {
      id: '9',
      name: 'list',
      strict: false,
      spec: [{ name: 'people', type: 'array', spec: person.spec }],
    };
    const ctx = fakeContext({ parameters: { type: 9 }, structures: { '9': wrapper } });
    expect(await agg?.(ctx, [{ name: 'A' }])).toEqual({ json: '{"people":[{"name":"A"}]}' });
    await expect(agg?.(ctx, [{ age: 3 }])).rejects.toThrow(
      /people\[1\]\.name: a value is required/,
    );
  });
});
