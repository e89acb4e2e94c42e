import { describe, expect, it } from 'vitest';
import { bp, m, opsOf, outputOf, run, trace } from '../../tests/blueprints/kit';

const when = (a: string, o: string, b?: string) => ({
  name: `${o}`,
  conditions: [[b === undefined ? { a, o } : { a, o, b }]],
});

// [1 trigger] → [2 router] ─┬─ (n > 1)  → [3 action]
//                           ├─ (n > 2)  → [4 action]
//                           └─ fallback → [5 action]     (else: 2)
const routed = bp([
  m(1, 'test:Trigger'),
  m(2, 'builtin:BasicRouter', {
    mapper: null,
    parameters: { else: 2 },
    routes: [
      {
        flow: [
          m(3, 'test:Action', {
            filter: when('{{1.n}}', 'number:greater', '1'),
            mapper: { r: 'A{{1.n}}' },
          }),
        ],
      },
      {
        flow: [
          m(4, 'test:Action', {
            filter: when('{{1.n}}', 'number:greater', '2'),
            mapper: { r: 'B{{1.n}}' },
          }),
        ],
      },
      { flow: [m(5, 'test:Action', { mapper: { r: 'else{{1.n}}' } })] },
    ],
  }),
]);

describe('routers', () => {
  it('sends a bundle down every passing route in order; the fallback only when none passed', async () => {
    const order: string[] = [];
    const { record } = await run(
      routed,
      { triggerBundles: [{ n: 1 }, { n: 3 }, { n: 2 }] },
      {},
      {
        onEvent: (e) => void (e.type === 'module-started' && order.push(e.moduleId)),
      },
    );
    expect(outputOf(record, 3)).toEqual([{ r: 'A3' }, { r: 'A2' }]);
    expect(outputOf(record, 4)).toEqual([{ r: 'B3' }]);
    expect(outputOf(record, 5)).toEqual([{ r: 'else1' }]);
    expect(opsOf(record)).toEqual({ '1': 1, '2': 0, '3': 2, '4': 1, '5': 1 });
    expect(order).toEqual(['1', '5', '3', '4']);
  });

  // [1 trigger] → [2 router] ─┬─ [3 action] → [4 action]
  //                           └─ [5 action]
  it('finishes a route (depth first) before the next route starts', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger'),
      m(2, 'builtin:BasicRouter', {
        routes: [
          {
            flow: [
              m(3, 'test:Trace', { mapper: { tag: '{{1.n}}' } }),
              m(4, 'test:Trace', { mapper: { tag: '{{3.tag}}' } }),
            ],
          },
          { flow: [m(5, 'test:Trace', { mapper: { tag: '{{1.n}}' } })] },
        ],
      }),
    ]);
    trace.length = 0;
    await run(blueprint, { triggerBundles: [{ n: 'a' }, { n: 'b' }] });
    expect(trace).toEqual(['3:a', '4:a', '5:a', '3:b', '4:b', '5:b']);
  });

  // [1 trigger] → [2 router, else 0] ─┬─ fallback (n = 9) → [3]
  //                                   └─ (n > 5)          → [4]
  it('lets the fallback route keep its own filter', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger'),
      m(2, 'builtin:BasicRouter', {
        parameters: { else: 0 },
        routes: [
          {
            flow: [
              m(3, 'test:Action', {
                filter: when('{{1.n}}', 'number:equal', '9'),
                mapper: { n: '{{1.n}}' },
              }),
            ],
          },
          {
            flow: [
              m(4, 'test:Action', {
                filter: when('{{1.n}}', 'number:greater', '5'),
                mapper: { n: '{{1.n}}' },
              }),
            ],
          },
        ],
      }),
    ]);
    const { record } = await run(blueprint, { triggerBundles: [{ n: 9 }, { n: 1 }, { n: 7 }] });
    expect(outputOf(record, 3)).toEqual([]);
    expect(outputOf(record, 4)).toEqual([{ n: 9 }, { n: 7 }]);
    const alone = await run(blueprint, { triggerBundles: [{ n: 9 }] }).then((r) => r.record);
    expect(outputOf(alone, 4)).toEqual([{ n: 9 }]);
  });
});

describe('filters', () => {
  // [1 trigger] → (a AND b) OR c → [2 action]
  it('passes a bundle when any AND-group passes; a blocked bundle costs nothing', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger'),
      m(2, 'test:Action', {
        mapper: { id: '{{1.id}}' },
        filter: {
          name: 'big or vip',
          conditions: [
            [
              { a: '{{1.size}}', o: 'number:greater', b: '1000' },
              { a: '{{1.kind}}', o: 'text:equal:ci', b: 'IMAGE' },
            ],
            [{ a: '{{1.vip}}', o: 'exist' }],
          ],
        },
      }),
    ]);
    const triggerBundles = [
      { id: 1, size: 5000, kind: 'image' },
      { id: 2, size: 5000, kind: 'text' },
      { id: 3, size: 10, kind: 'image', vip: true },
      { id: 4, size: 10 },
    ];
    const { record } = await run(blueprint, { triggerBundles });
    expect(outputOf(record, 2)).toEqual([{ id: 1 }, { id: 3 }]);
    expect(record.operations).toBe(3);
  });

  // [1 trigger] → (filter) → [2 action] → [3 action]
  it('stops the whole downstream path of a blocked bundle', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger'),
      m(2, 'test:Action', {
        filter: { name: 'f', conditions: [[{ a: '{{1.ok}}', o: 'boolean:equal', b: 'true' }]] },
      }),
      m(3, 'test:Action'),
    ]);
    const { record } = await run(blueprint, { triggerBundles: [{ ok: false }, { ok: true }] });
    expect(opsOf(record)).toEqual({ '1': 1, '2': 1, '3': 1 });
  });
});
