import { describe, expect, it } from 'vitest';
import { bp, m, opsOf, run } from '../../tests/blueprints/kit';

// [1 trigger] → [2 iterator over {{1.items}}] → [3 action]
const loop = bp([
  m(1, 'test:Trigger'),
  m(2, 'builtin:BasicFeeder', { mapper: { array: '{{1.items}}' } }),
  m(3, 'test:Action', { mapper: { v: '{{2.value}}' } }),
]);
const items = Array.from({ length: 1000 }, (_, i) => i);

describe('limits', () => {
  // [1 trigger: 1,000 items] → [2 iterator] → [3 action]
  it('stop the run when it is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { record } = await run(
      loop,
      { triggerBundles: [{ items }] },
      {},
      { signal: controller.signal },
    );
    expect(record.status).toBe('error');
    expect(record.error).toMatchObject({ type: 'ExecutionInterruptedError', moduleId: null });
    expect(record.operations).toBe(0);
  });

  // [1 trigger: 1,000 items] → [2 iterator] → [3 action]
  it('stop the run when it exceeds its run time', async () => {
    let t = 0;
    const clock = { now: () => new Date(0), elapsedMs: () => (t += 100) };
    const { record } = await run(
      loop,
      { triggerBundles: [{ items }], limits: { maxRunMs: 250 } },
      {},
      { clock },
    );
    expect(record.status).toBe('error');
    expect(record.error?.type).toBe('ScenarioTimeoutError');
    expect(record.operations).toBeLessThan(1002);
  });

  // [1 trigger: 1,000 items] → [2 iterator] → [3 action]
  it('stop the run when it produces more bundles than allowed', async () => {
    const { record } = await run(loop, {
      triggerBundles: [{ items }],
      limits: { maxBundles: 500 },
    });
    expect(record.error?.type).toBe('MaxResultsExceededError');
    // Bundles count over all modules: 1 from the trigger, then iterator and action alternate.
    expect(opsOf(record)).toEqual({ '1': 1, '2': 1, '3': 250 });
  });

  // [1 trigger: 1,000 items] → [2 search: one bundle per item] → [3 action]
  it('cap the bundles one search returns', async () => {
    const many = bp([
      m(1, 'test:Trigger'),
      m(2, 'test:Search', { mapper: { items: '{{1.items}}' } }),
      m(3, 'test:Action'),
    ]);
    const { record } = await run(many, {
      triggerBundles: [{ items }],
      limits: { maxSearchResults: 10 },
    });
    expect(opsOf(record)).toEqual({ '1': 1, '2': 1, '3': 10 });
  });
});

describe('run log level', () => {
  // [1 trigger: 1,000 items] → [2 iterator] → [3 action]
  it('keeps at most maxLoggedBundles per module and direction by default, and counts everything', async () => {
    const { record } = await run(loop, {
      triggerBundles: [{ items }],
      logLevel: 'bundles',
      maxLoggedBundles: 5,
    });
    expect(record.modules['3']?.input).toHaveLength(5);
    expect(record.modules['3']?.truncated).toBe(true);
    expect(record.modules['3']?.operations).toBe(1000);
    const counts = await run(loop, { triggerBundles: [{ items }], logLevel: 'counts' });
    expect(counts.record.modules['2']?.output).toEqual([]);
    expect(counts.record.dataTransfer).toBe(record.dataTransfer);
  });
});
