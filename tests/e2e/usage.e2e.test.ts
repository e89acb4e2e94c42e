import { beforeAll, describe, expect, it } from 'vitest';
import { appSession } from './harness';

// Usage: a run's operations show in this month's counters, and a monthly budget below them
// pauses scheduled scenarios with a visible reason.
//   [Basic trigger] → [Compose a string]  = 2 operations per run
interface Hooks {
  seedScenario(input: unknown): Promise<string>;
  engine: { runOnce(req: unknown): Promise<{ ok: boolean }> };
}
type W = Window & { weftTest: Hooks };

describe('Usage page', () => {
  const s = appSession({ testClock: '2026-11-30T10:00:00Z' });
  beforeAll(async () => {
    await s.page.goto(`${s.app.url}usage`);
    await s.page.waitForFunction(() => 'weftTest' in window);
  });

  it("counts a run's operations for its scenario and in total", async () => {
    const ok = await s.page.evaluate(async () => {
      const t = (window as unknown as W).weftTest;
      const id = await t.seedScenario({
        name: 'Counted',
        blueprint: {
          name: 'Counted',
          flow: [
            {
              id: 1,
              module: 'util:BasicTrigger',
              version: 1,
              parameters: { values: [{ spec: [{ name: 'n', value: 1 }] }] },
            },
            { id: 2, module: 'util:ComposeTransformer', version: 1, mapper: { value: 'x' } },
          ],
          metadata: { scenario: {} },
        },
      });
      return (await t.engine.runOnce({ scenarioId: id, trigger: 'manual' })).ok;
    });
    expect(ok).toBe(true);
    await s.page.getByTestId('usage-operations').getByText('2', { exact: true }).waitFor();
    await s.page.getByRole('cell', { name: 'Counted' }).waitFor();
  });

  it('refuses a bad budget, and shows a reached budget with its reason', async () => {
    await s.page.getByLabel('Operations per month').fill('-3');
    await s.page.getByRole('button', { name: 'Save budget' }).click();
    await s.page
      .getByRole('alert')
      .getByText('Operations per month must be a number of 0 or more.')
      .waitFor();
    await s.page.getByLabel('Operations per month').fill('1');
    await s.page.getByRole('button', { name: 'Save budget' }).click();
    await s.page.getByText('Budget saved.').waitFor();
    await s.page
      .getByRole('alert')
      .getByText(/budget of 1 operations \(2 used\) is used up/)
      .waitFor();
    await s.page.reload();
    // The stored budget fills the field once it has loaded.
    await expect.poll(() => s.page.getByLabel('Operations per month').inputValue()).toBe('1');
  });
});
