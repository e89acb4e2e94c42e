import { describe, expect, it } from 'vitest';
import { bp, m, run } from '../../tests/blueprints/kit';
import type { RunEvent } from './events';

describe('progress events', () => {
  // [1 trigger maxResults 1] → [2 action]      2 cycles
  it('tell when modules start and finish, per cycle, and when the run ends', async () => {
    const events: RunEvent[] = [];
    const blueprint = bp([
      m(1, 'test:Trigger', { parameters: { maxResults: 1 } }),
      m(2, 'test:Action'),
    ]);
    await run(
      blueprint,
      { triggerBundles: [{}, {}], maxCycles: 2, executionId: 'e1' },
      {},
      { onEvent: (e) => events.push(e) },
    );
    expect(events).toEqual([
      { type: 'run-started', executionId: 'e1' },
      { type: 'module-started', moduleId: '1', cycle: 1 },
      { type: 'module-started', moduleId: '2', cycle: 1 },
      { type: 'module-finished', moduleId: '2', cycle: 1, operations: 1 },
      { type: 'module-finished', moduleId: '1', cycle: 1, operations: 1 },
      { type: 'cycle-finished', cycle: 1, committed: true },
      { type: 'module-started', moduleId: '1', cycle: 2 },
      { type: 'module-started', moduleId: '2', cycle: 2 },
      { type: 'module-finished', moduleId: '2', cycle: 2, operations: 2 },
      { type: 'module-finished', moduleId: '1', cycle: 2, operations: 2 },
      { type: 'cycle-finished', cycle: 2, committed: true },
      {
        type: 'run-finished',
        executionId: 'e1',
        status: 'success',
        operations: 4,
        dataTransfer: 8,
      },
    ]);
  });
});
