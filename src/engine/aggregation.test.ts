import { describe, expect, it } from 'vitest';
import { bp, m, opsOf, outputOf, run } from '../../tests/blueprints/kit';

describe('aggregators', () => {
  // [1 trigger] → [2 iterator {{1.items}}] → [3 array aggregator, feeder 2] → [4 action]
  it('collect the bundles of their source module and cost one operation per set', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger'),
      m(2, 'builtin:BasicFeeder', { mapper: { array: '{{1.items}}' } }),
      m(3, 'builtin:BasicAggregator', {
        parameters: { feeder: 2 },
        mapper: { v: '{{2.value}}', at: '{{2.__IMTINDEX__}}' },
      }),
      m(4, 'test:Action', {
        mapper: { all: '{{3.array}}', order: '{{1.order}}', inner: '{{2.value}}' },
      }),
    ]);
    const { record } = await run(blueprint, {
      triggerBundles: [
        { order: 1, items: ['a', 'b'] },
        { order: 2, items: ['c'] },
      ],
    });
    expect(outputOf(record, 3)).toEqual([
      {
        array: [
          { v: 'a', at: 1 },
          { v: 'b', at: 2 },
        ],
      },
      { array: [{ v: 'c', at: 1 }] },
    ]);
    // After the aggregator the trigger's bundle is visible again; the iterator's bundles are not.
    expect(outputOf(record, 4)).toEqual([
      {
        all: [
          { v: 'a', at: 1 },
          { v: 'b', at: 2 },
        ],
        order: 1,
      },
      { all: [{ v: 'c', at: 1 }], order: 2 },
    ]);
    expect(opsOf(record)).toEqual({ '1': 1, '2': 2, '3': 2, '4': 2 });
  });

  // [1 trigger: 3 bundles] → [2 text aggregator, feeder 1, separator ", "]
  it('may use the trigger as source module (one set per cycle)', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger'),
      m(2, 'util:TextAggregator', {
        parameters: { feeder: 1, rowSeparator: 'other', otherRowSeparator: ', ' },
        mapper: { value: '{{1.name}}' },
      }),
    ]);
    const { record } = await run(blueprint, {
      triggerBundles: [{ name: 'x' }, { name: 'y' }, { name: 'z' }],
    });
    expect(outputOf(record, 2)).toEqual([{ text: 'x, y, z' }]);
    expect(opsOf(record)).toEqual({ '1': 1, '2': 1 });
  });

  // [1 trigger] → [2 iterator] → [3 numeric aggregator fn, feeder 2, groupBy {{2.kind}}]
  it('emit one bundle per group with its key', async () => {
    const items = [
      { kind: 'a', n: 1 },
      { kind: 'b', n: 10 },
      { kind: 'a', n: 5 },
    ];
    const blueprint = (fn: string) =>
      bp([
        m(1, 'test:Trigger'),
        m(2, 'builtin:BasicFeeder', { mapper: { array: '{{1.items}}' } }),
        m(3, 'util:FunctionAggregator2', {
          parameters: { feeder: 2, fn },
          flags: { groupBy: '{{2.kind}}' },
          mapper: { value: '{{2.n}}' },
        }),
      ]);
    const sum = await run(blueprint('sum'), { triggerBundles: [{ items }] });
    expect(outputOf(sum.record, 3)).toEqual([
      { key: 'a', result: 6 },
      { key: 'b', result: 10 },
    ]);
    expect(sum.record.modules['3']?.operations).toBe(2);
    const results = await Promise.all(
      ['avg', 'count', 'min', 'max'].map(async (fn) =>
        outputOf((await run(blueprint(fn), { triggerBundles: [{ items }] })).record, 3),
      ),
    );
    expect(results).toEqual([
      [
        { key: 'a', result: 3 },
        { key: 'b', result: 10 },
      ],
      [
        { key: 'a', result: 2 },
        { key: 'b', result: 1 },
      ],
      [
        { key: 'a', result: 1 },
        { key: 'b', result: 10 },
      ],
      [
        { key: 'a', result: 5 },
        { key: 'b', result: 10 },
      ],
    ]);
  });

  // [1 trigger] → [2 iterator over []] → [3 array aggregator (stopIfEmpty?)] → [4 action]
  it('emit an empty set unless "stop processing after an empty aggregation" is on', async () => {
    const blueprint = (stopIfEmpty: boolean) =>
      bp([
        m(1, 'test:Trigger'),
        m(2, 'builtin:BasicFeeder', { mapper: { array: '{{1.items}}' } }),
        m(3, 'builtin:BasicAggregator', {
          parameters: { feeder: 2 },
          flags: { stopIfEmpty },
          mapper: { v: '{{2.value}}' },
        }),
        m(4, 'test:Action'),
      ]);
    const emits = await run(blueprint(false), { triggerBundles: [{ items: [] }] });
    expect(outputOf(emits.record, 3)).toEqual([{ array: [] }]);
    expect(opsOf(emits.record)).toEqual({ '1': 1, '2': 1, '3': 1, '4': 1 });
    const stops = await run(blueprint(true), { triggerBundles: [{ items: [] }] });
    expect(opsOf(stops.record)).toEqual({ '1': 1, '2': 1, '3': 0, '4': 0 });
  });

  // [1 trigger] → [2 iterator] → [3 router] ─┬─ (odd)  → [4 array aggregator, feeder 2]
  //                                          └─ [5 table aggregator, feeder 2]
  it('collect only what reaches them, on any route below the source', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger'),
      m(2, 'builtin:BasicFeeder', { mapper: { array: '{{1.items}}' } }),
      m(3, 'builtin:BasicRouter', {
        routes: [
          {
            flow: [
              m(4, 'builtin:BasicAggregator', {
                parameters: { feeder: 2 },
                filter: {
                  name: 'odd',
                  conditions: [[{ a: '{{2.value % 2}}', o: 'number:equal', b: '1' }]],
                },
                mapper: { n: '{{2.value}}' },
              }),
            ],
          },
          {
            flow: [
              m(5, 'util:AggregateAggregator', {
                parameters: {
                  feeder: 2,
                  columnSeparator: 'other',
                  otherColumnSeparator: ';',
                  rowSeparator: '\n',
                },
                mapper: { n: '{{2.value}}', i: '{{2.__IMTINDEX__}}' },
              }),
            ],
          },
        ],
      }),
    ]);
    const { record } = await run(blueprint, { triggerBundles: [{ items: [1, 2, 3] }] });
    expect(outputOf(record, 4)).toEqual([{ array: [{ n: 1 }, { n: 3 }] }]);
    expect(outputOf(record, 5)).toEqual([{ text: '1;1\n2;2\n3;3' }]);
  });
});

describe('iterator and repeater', () => {
  // [1 trigger] → [2 iterator over objects] → [3 action]
  it('keeps object fields and adds __IMTINDEX__ / __IMTLENGTH__', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger'),
      m(2, 'builtin:BasicFeeder', { mapper: { array: '{{1.rows}}' } }),
      m(3, 'test:Action', { mapper: { id: '{{2.id}}', of: '{{2.__IMTLENGTH__}}' } }),
    ]);
    const { record } = await run(blueprint, {
      triggerBundles: [{ rows: [{ id: 'x' }, { id: 'y' }] }],
    });
    expect(outputOf(record, 2)).toEqual([
      { id: 'x', __IMTINDEX__: 1, __IMTLENGTH__: 2 },
      { id: 'y', __IMTINDEX__: 2, __IMTLENGTH__: 2 },
    ]);
    expect(outputOf(record, 3)).toEqual([
      { id: 'x', of: 2 },
      { id: 'y', of: 2 },
    ]);
  });

  // [1 repeater start 2, repeats 3, step 5] → [2 action]
  it('repeats with i from start by step', async () => {
    const blueprint = bp([
      m(1, 'builtin:BasicRepeater', { mapper: { start: '2', repeats: '3', step: '5' } }),
      m(2, 'test:Action', { mapper: { i: '{{1.i}}' } }),
    ]);
    const { record } = await run(blueprint);
    expect(outputOf(record, 2)).toEqual([{ i: 2 }, { i: 7 }, { i: 12 }]);
    expect(opsOf(record)).toEqual({ '1': 1, '2': 3 });
  });
});
