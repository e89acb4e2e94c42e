import { describe, expect, it } from 'vitest';
import { bp, fixedClock, m, registry, run } from '../../tests/blueprints/kit';
import { runModuleOnce } from './run-module';
import { resumeIncomplete } from './run-scenario';

describe('running one module', () => {
  // [1 trigger] → [2 compose "Hi {{1.name}}"] → [3 action]     run 2 only
  it('runs only that module on the given bundles', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger'),
      m(2, 'util:ComposeTransformer', { mapper: { value: 'Hi {{1.name}}' } }),
      m(3, 'test:Action'),
    ]);
    const r = await runModuleOnce(blueprint, 2, { '1': { name: 'Ada' } }, registry, {
      clock: fixedClock(),
    });
    expect(r).toEqual({
      operations: 1,
      input: { value: 'Hi Ada' },
      output: [{ value: 'Hi Ada' }],
      error: null,
    });
    const missing = await runModuleOnce(blueprint, 7, {}, registry, { clock: fixedClock() });
    expect(missing.error?.code).toBe('ENGINE_E010');
  });

  // [1 trigger] → [2 test:Fail] → [3 action]
  it('returns the module error as data', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger'),
      m(2, 'test:Fail', { mapper: { fail: true, message: 'no' } }),
    ]);
    const r = await runModuleOnce(blueprint, 2, {}, registry, { clock: fixedClock() });
    expect(r.error).toMatchObject({ type: 'DataError', message: 'no', moduleId: '2' });
  });
});

describe('resuming an incomplete execution', () => {
  // [1 trigger] → [2 fails when {{1.fail}}] → [3 action]     stored with dlq, then resumed
  it('runs again from the failed module with the stored bundles', async () => {
    const failing = bp(
      [
        m(1, 'test:Trigger'),
        m(2, 'test:Fail', { mapper: { fail: '{{1.fail}}', n: '{{1.n}}' } }),
        m(3, 'test:Action', { mapper: { n: '{{2.n}}' } }),
      ],
      { dlq: true },
    );
    const first = await run(failing, { triggerBundles: [{ n: 1, fail: true }] });
    const stored = first.record.incomplete[0];
    expect(stored?.moduleId).toBe('2');
    if (!stored) return;
    // The user fixed the data: the resumed bundle no longer fails.
    const fixed = { ...stored, bundles: { '1': { n: 1 } } };
    const resumed = await resumeIncomplete(
      failing,
      fixed,
      registry,
      { clock: fixedClock() },
      { logLevel: 'full' },
    );
    expect(resumed.status).toBe('success');
    expect(resumed.modules['3']?.output).toEqual([{ n: 1 }]);
    expect(resumed.modules['1']?.operations).toBe(0);
  });
});
