import { beforeEach, describe, expect, it } from 'vitest';
import { bp, hookCalls, m, run } from '../../tests/blueprints/kit';
import { createMemoryDataStores } from './memory-ports';
import { createTransactionalDataStores } from './transactions';

// [1 trigger] → [2 write key={{1.k}}] → [3 test:Fail when {{1.fail}}]
const writeThenFail = (autoCommit: boolean) =>
  bp(
    [
      m(1, 'test:Trigger'),
      m(2, 'test:Write', {
        parameters: { datastore: 27969 },
        mapper: { key: '{{1.k}}', data: '{{1.k}}!' },
      }),
      m(3, 'test:Fail', { mapper: { fail: '{{1.fail}}' } }),
    ],
    { autoCommit },
  );
const bundles = [{ k: 'a' }, { k: 'b', fail: true }];
const seed = { '27969': [{ key: 'old', data: 1 }] };

describe('transactions', () => {
  beforeEach(() => {
    hookCalls.length = 0;
  });

  // [1 trigger: a, b] → [2 write a!, b!] → [3 fails on b]      auto commit on
  it('with auto commit on, writes commit after each operation and survive a later rollback', async () => {
    const { record, stores } = await run(writeThenFail(true), { triggerBundles: bundles }, seed);
    expect(record.status).toBe('error');
    expect(stores['27969']).toEqual([
      { key: 'old', data: 1 },
      { key: 'a', data: 'a!' },
      { key: 'b', data: 'b!' },
    ]);
  });

  // [1 trigger: a, b] → [2 write a!, b!] → [3 fails on b]      auto commit off
  it('with auto commit off, the cycle rolls back every write of the cycle', async () => {
    const { record, stores } = await run(writeThenFail(false), { triggerBundles: bundles }, seed);
    expect(record.status).toBe('error');
    expect(stores['27969']).toEqual([{ key: 'old', data: 1 }]);
    const ok = await run(writeThenFail(false), { triggerBundles: [{ k: 'a' }] }, seed);
    expect(ok.stores['27969']).toEqual([
      { key: 'old', data: 1 },
      { key: 'a', data: 'a!' },
    ]);
  });

  // [1 test:Trigger] → [2 test:Action]     hooks record commit/rollback order
  it('commits the trigger last unless "commit trigger last" is off, and rolls back on error', async () => {
    const flow = [m(1, 'test:Trigger'), m(2, 'test:Action')];
    await run(bp(flow), { triggerBundles: [{}] });
    expect(hookCalls).toEqual(['commit:2', 'commit:1']);
    hookCalls.length = 0;
    await run(bp(flow, { autoCommitTriggerLast: false }), { triggerBundles: [{}] });
    expect(hookCalls).toEqual(['commit:1', 'commit:2']);
    hookCalls.length = 0;
    const failing = bp([...flow, m(3, 'test:Fail', { mapper: { fail: true } })]);
    await run(failing, { triggerBundles: [{}] });
    expect(hookCalls).toEqual(['rollback:2', 'rollback:1']);
  });

  // (no scenario) the journal over a store: set y, delete x, then rollback; clear, then commit
  it('lets reads see pending writes, and discards them on rollback', async () => {
    const port = createMemoryDataStores({ s: [{ key: 'x', data: 1 }] });
    const tx = createTransactionalDataStores(port);
    tx.access.set('s', 'y', 2);
    tx.access.delete('s', 'x');
    expect(await tx.access.get('s', 'y')).toBe(2);
    expect(await tx.access.get('s', 'x')).toBeUndefined();
    expect(await tx.access.list('s')).toEqual([{ key: 'y', data: 2 }]);
    tx.discard();
    expect(port.snapshot()).toEqual({ s: [{ key: 'x', data: 1 }] });
    tx.access.clear('s');
    expect(await tx.access.list('s')).toEqual([]);
    await tx.flush();
    expect(port.snapshot()).toEqual({ s: [] });
  });
});
