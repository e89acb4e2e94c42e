import { beforeAll, describe, expect, it } from 'vitest';
import { appSession } from './harness';

// A Break stores an incomplete execution; History lists it with its reason, and the user can
// resolve it there.
//   [Basic trigger] → [Repeater (repeats -1: DataError)] ─onerror→ [Break: retry 3 × 15 min]
interface Hooks {
  seedScenario(input: unknown): Promise<string>;
  engine: {
    runOnce(req: unknown): Promise<{ ok: boolean; value?: { execution: { status: string } } }>;
  };
}
type W = Window & { weftTest: Hooks };

describe('incomplete executions in History', () => {
  const s = appSession({ testClock: '2026-11-30T10:00:00Z' });
  beforeAll(async () => {
    await s.page.goto(`${s.app.url}history`);
    await s.page.waitForFunction(() => 'weftTest' in window);
  });

  it('lists a run stopped by Break with its reason, and resolves it', async () => {
    const status = await s.page.evaluate(async () => {
      const t = (window as unknown as W).weftTest;
      const id = await t.seedScenario({
        name: 'Breaks',
        blueprint: {
          name: 'Breaks',
          flow: [
            {
              id: 1,
              module: 'util:BasicTrigger',
              version: 1,
              parameters: { values: [{ spec: [{ name: 'n', value: 1 }] }] },
            },
            {
              id: 2,
              module: 'builtin:BasicRepeater',
              version: 1,
              mapper: { repeats: '-1' },
              onerror: [
                {
                  id: 3,
                  module: 'builtin:Break',
                  version: 1,
                  mapper: { retry: true, count: '3', interval: '15' },
                },
              ],
            },
          ],
          metadata: { scenario: {} },
        },
      });
      const r = await t.engine.runOnce({ scenarioId: id, trigger: 'manual' });
      return r.value?.execution.status;
    });
    expect(status).toBe('warning');
    const panel = s.page.getByRole('region', { name: 'Incomplete executions' });
    await panel.getByRole('cell', { name: 'Breaks' }).waitFor();
    await panel.getByText(/Repeats must be an integer/).waitFor();
    // The Break's own plan: the first retry 15 minutes after the (test clock's) 10:00 run.
    await panel.getByText(/10:15/).waitFor();
    await panel.getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(() => panel.count()).toBe(0);
  });
});
