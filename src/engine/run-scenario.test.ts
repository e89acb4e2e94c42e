import { describe, expect, it } from 'vitest';
import { bp, inputOf, m, opsOf, outputOf, run } from '../../tests/blueprints/kit';
import { jsonByteSize } from './json-size';

describe('runScenario: bundles and operations', () => {
  // [1 trigger: 2 images] → [2 resize] → [3 upload]
  it('counts the seed example: a trigger with 2 bundles into 2 modules is 1 + 2 + 2 = 5 operations', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger'),
      m(2, 'test:Action', { mapper: { image: '{{1.name}}' } }),
      m(3, 'test:Action', { mapper: { uploaded: '{{2.image}}' } }),
    ]);
    const { record } = await run(blueprint, {
      triggerBundles: [{ name: 'a.png' }, { name: 'b.png' }],
    });
    expect(record.status).toBe('success');
    expect(record.operations).toBe(5);
    expect(opsOf(record)).toEqual({ '1': 1, '2': 2, '3': 2 });
    expect(outputOf(record, 3)).toEqual([{ uploaded: 'a.png' }, { uploaded: 'b.png' }]);
  });

  // [1 trigger: 2 bundles] → [2 iterator over {{1.items}}] → [3 action]
  it('runs depth first: each bundle travels the whole route before the next starts', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger'),
      m(2, 'builtin:BasicFeeder', { mapper: { array: '{{1.items}}' } }),
      m(3, 'test:Action', {
        mapper: { from: '{{1.n}}', item: '{{2.value}}', at: '{{2.__IMTINDEX__}}' },
      }),
    ]);
    const bundles = [
      { n: 1, items: ['a', 'b'] },
      { n: 2, items: ['c'] },
    ];
    const { record } = await run(blueprint, { triggerBundles: bundles });
    expect(inputOf(record, 3)).toEqual([
      { from: 1, item: 'a', at: 1 },
      { from: 1, item: 'b', at: 2 },
      { from: 2, item: 'c', at: 1 },
    ]);
    expect(opsOf(record)).toEqual({ '1': 1, '2': 2, '3': 3 });
  });

  // [1 trigger: nothing]  → [2 action]
  it('charges the trigger one operation even when it returns nothing (a check run)', async () => {
    const { record } = await run(bp([m(1, 'test:Trigger'), m(2, 'test:Action')]), {
      triggerBundles: [],
    });
    expect(opsOf(record)).toEqual({ '1': 1, '2': 0 });
    expect(record.modules['2']).toEqual({
      operations: 0,
      dataTransfer: 0,
      input: [],
      output: [],
      errors: [],
      truncated: false,
    });
  });

  // [1 action] → [2 action]      (no trigger: runs once on an empty bundle)
  it('runs a first module that is not a trigger once on an empty bundle', async () => {
    const blueprint = bp([
      m(1, 'test:Action', { mapper: { x: 'fixed' } }),
      m(2, 'test:Action', { mapper: { y: '{{1.x}}' } }),
    ]);
    const { record } = await run(blueprint, { triggerBundles: [{ ignored: true }] });
    expect(record.operations).toBe(2);
    expect(outputOf(record, 2)).toEqual([{ y: 'fixed' }]);
  });

  // [1 trigger maxResults=2] → [2 action]      5 bundles, up to 3 cycles
  it('slices trigger input by maxResults per cycle', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger', { parameters: { maxResults: 2 } }),
      m(2, 'test:Action', { mapper: { n: '{{1.n}}' } }),
    ]);
    const triggerBundles = [1, 2, 3, 4, 5].map((n) => ({ n }));
    const three = await run(blueprint, { triggerBundles, maxCycles: 3 });
    expect(three.record.cycles).toBe(3);
    expect(opsOf(three.record)).toEqual({ '1': 3, '2': 5 });
    const one = await run(blueprint, { triggerBundles });
    expect(one.record.cycles).toBe(1);
    expect(outputOf(one.record, 2)).toEqual([{ n: 1 }, { n: 2 }]);
    const ten = await run(blueprint, { triggerBundles, maxCycles: 10 });
    expect(ten.record.cycles).toBe(3);
  });

  // [1 trigger] → [2 action]
  it('counts data transfer as the size of every output bundle where it is produced', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger'),
      m(2, 'test:Action', { mapper: { t: '{{1.text}}' } }),
    ]);
    const triggerBundles = [{ text: 'héllo' }, { text: 'x' }];
    const { record } = await run(blueprint, { triggerBundles });
    const expected = [...triggerBundles, { t: 'héllo' }, { t: 'x' }].reduce(
      (n, b) => n + jsonByteSize(b),
      0,
    );
    expect(record.dataTransfer).toBe(expected);
    expect(record.modules['1']?.dataTransfer).toBe(
      jsonByteSize(triggerBundles[0]) + jsonByteSize(triggerBundles[1]),
    );
  });

  // [1 trigger] → [2 google-sheets:addRow (unsupported)]
  it('stops in initialization when a module is not supported: 0 operations, error', async () => {
    const { record } = await run(bp([m(1, 'test:Trigger'), m(2, 'google-sheets:addRow')]), {
      triggerBundles: [{}],
    });
    expect(record.status).toBe('error');
    expect(record.operations).toBe(0);
    expect(record.error?.message).toContain('module 2 (google-sheets:addRow)');
    expect(record.cycles).toBe(0);
    expect(opsOf(record)).toEqual({ '1': 0, '2': 0 });
  });

  // [1 trigger] → [2 respond "hi {{1.n}}"]        (two bundles: the last response wins)
  it('keeps the webhook response a module set', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger'),
      m(2, 'test:Respond', { mapper: { body: 'hi {{1.n}}' } }),
    ]);
    const { record } = await run(blueprint, { triggerBundles: [{ n: 1 }, { n: 2 }] });
    expect(record.webhookResponse).toEqual({
      status: 200,
      headers: [['content-type', 'text/plain']],
      body: 'hi 2',
    });
  });
});
