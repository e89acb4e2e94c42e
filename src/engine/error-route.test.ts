import { describe, expect, it } from 'vitest';
import { bp, m, opsOf, outputOf, run } from '../../tests/blueprints/kit';

/** [1 trigger] → [2 test:Fail] ⇢ onerror [...handler] ; → [3 action] */
const failing = (handler: unknown[], scenario: Record<string, unknown> = {}) =>
  bp(
    [
      m(1, 'test:Trigger'),
      m(2, 'test:Fail', {
        mapper: { fail: '{{1.fail}}', n: '{{1.n}}', message: 'boom {{1.n}}' },
        onerror: handler,
      }),
      m(3, 'test:Action', { mapper: { n: '{{1.n}}', got: '{{2.n}}' } }),
    ],
    scenario,
  );
const bundles = [{ n: 1 }, { n: 2, fail: true }, { n: 3 }];

describe('error handlers', () => {
  // [1] → [2 fails on n=2] ⇢ [9 Ignore] ; → [3]
  it('Ignore drops the failed bundle; the rest go on; success; the failed run costs its operation', async () => {
    const { record } = await run(failing([m(9, 'builtin:Ignore')]), { triggerBundles: bundles });
    expect(record.status).toBe('success');
    expect(outputOf(record, 3)).toEqual([
      { n: 1, got: 1 },
      { n: 3, got: 3 },
    ]);
    expect(opsOf(record)).toEqual({ '1': 1, '2': 3, '3': 2, '9': 0 });
    expect(record.modules['2']?.errors).toEqual([{ type: 'DataError', message: 'boom 2' }]);
  });

  // [1] → [2 fails] ⇢ [9 Resume {n: 99}] ; → [3]
  it('Resume continues with the substitute output', async () => {
    const { record } = await run(
      failing([m(9, 'builtin:Resume', { mapper: { n: '{{1.n}}99' } })]),
      { triggerBundles: bundles },
    );
    expect(record.status).toBe('success');
    expect(outputOf(record, 3)).toEqual([
      { n: 1, got: 1 },
      { n: 2, got: '299' },
      { n: 3, got: 3 },
    ]);
    expect(outputOf(record, 2).map((o) => (o as { n: unknown }).n)).toEqual([1, '299', 3]);
  });

  // [1] → [2 fails] ⇢ [8 action {{2.error.message}}] → [9 Commit] ; → [3]
  it('Commit stops the run successfully; the error is mappable in the handler route', async () => {
    const { record } = await run(
      failing([
        m(8, 'test:Action', { mapper: { why: '{{2.error.message}}', type: '{{2.error.type}}' } }),
        m(9, 'builtin:Commit'),
      ]),
      { triggerBundles: bundles },
    );
    expect(record.status).toBe('success');
    expect(outputOf(record, 8)).toEqual([{ why: 'boom 2', type: 'DataError' }]);
    expect(opsOf(record)).toEqual({ '1': 1, '2': 2, '3': 1, '8': 1, '9': 0 });
  });

  // [1] → [2 fails] ⇢ [9 Rollback] ; → [3]
  it('Rollback stops the run with an error', async () => {
    const { record } = await run(failing([m(9, 'builtin:Rollback')]), { triggerBundles: bundles });
    expect(record.status).toBe('error');
    expect(record.error).toMatchObject({ moduleId: '2', type: 'DataError', message: 'boom 2' });
    expect(opsOf(record)).toEqual({ '1': 1, '2': 2, '3': 1, '9': 0 });
  });

  // [1] → [2 fails] ⇢ [9 Break count 5] ; → [3]
  it('Break stores the bundle as an incomplete execution; the rest go on; warning', async () => {
    const { record } = await run(
      failing([m(9, 'builtin:Break', { mapper: { retry: true, count: '5', interval: '2' } })], {
        dlq: true,
      }),
      {
        triggerBundles: bundles,
      },
    );
    expect(record.status).toBe('warning');
    expect(outputOf(record, 3)).toHaveLength(2);
    expect(record.incomplete).toEqual([
      {
        moduleId: '2',
        cycle: 1,
        error: { type: 'DataError', message: 'boom 2' },
        bundles: { '1': { n: 2, fail: true } },
        variables: {},
        retry: { enabled: true, attempts: 5, intervalMinutes: 2 },
        autoRetryMinutes: null,
      },
    ]);
  });

  // [1] → [2 fails] ⇢ [8 action] ; → [3]          (route without a directive)
  it('ignores the error when the handler route has no directive and does not fail', async () => {
    const { record } = await run(failing([m(8, 'test:Action', { mapper: { n: '{{1.n}}' } })]), {
      triggerBundles: bundles,
    });
    expect(record.status).toBe('success');
    expect(outputOf(record, 8)).toEqual([{ n: 2 }]);
    expect(outputOf(record, 3)).toHaveLength(2);
  });

  // [1] → [2 fails] ⇢ [8 test:Fail (fails too)] → [9 Ignore] ; → [3]
  it('ends the run with an error when a module inside the handler route fails', async () => {
    const { record } = await run(
      failing([
        m(8, 'test:Fail', { mapper: { fail: true, message: 'again' } }),
        m(9, 'builtin:Ignore'),
      ]),
      {
        triggerBundles: bundles,
      },
    );
    expect(record.status).toBe('error');
    expect(record.error).toMatchObject({ moduleId: '8', message: 'again' });
  });
});

describe('errors without a handler', () => {
  // [1] → [2 fails on n=2] → [3]
  it('roll back by default: the run stops with an error and the remaining bundles are not processed', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger'),
      m(2, 'test:Fail', { mapper: { fail: '{{1.fail}}', type: 'ConnectionError' } }),
      m(3, 'test:Action'),
    ]);
    const { record } = await run(blueprint, { triggerBundles: bundles });
    expect(record.status).toBe('error');
    expect(record.error).toMatchObject({ moduleId: '2', type: 'ConnectionError' });
    expect(opsOf(record)).toEqual({ '1': 1, '2': 2, '3': 1 });
    expect(record.incomplete).toEqual([]);
  });

  // [1] → [2 fails on n=2] → [3]      with "store incomplete executions" on
  it('are stored as incomplete executions when that setting is on (warning, the rest go on)', async () => {
    const blueprint = bp(
      [
        m(1, 'test:Trigger'),
        m(2, 'test:Fail', { mapper: { fail: '{{1.fail}}', type: 'RateLimitError' } }),
        m(3, 'test:Action'),
      ],
      { dlq: true },
    );
    const { record } = await run(blueprint, { triggerBundles: bundles });
    expect(record.status).toBe('warning');
    expect(opsOf(record)).toEqual({ '1': 1, '2': 3, '3': 2 });
    expect(record.incomplete[0]?.autoRetryMinutes).toEqual([1, 10, 10, 30, 30, 30, 180, 180]);
    expect(record.warnings.map((w) => w.type)).toEqual(['RateLimitError']);
  });

  // [1 repeater 3] → [2 action]   repeats out of range (first module)
  it('in the first module are never stored, and InvalidConfigurationError switches the scenario off', async () => {
    const repeat = bp(
      [m(1, 'builtin:BasicRepeater', { mapper: { repeats: '20000' } }), m(2, 'test:Action')],
      { dlq: true },
    );
    const { record } = await run(repeat);
    expect(record.status).toBe('error');
    expect(record.error?.type).toBe('BundleValidationError');
    expect(record.disablesScenario).toBe(false);
    const unsupported = await run(bp([m(1, 'acme:Thing')]));
    expect(unsupported.record.disablesScenario).toBe(true);
  });
});
