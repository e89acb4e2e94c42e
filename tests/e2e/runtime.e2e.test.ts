import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startApp, type RunningApp } from './harness';

// The runtime in real Chromium with the test clock (docs/runtime.md, "Test hooks"): two tabs, one
// leader; an every-minute scenario runs once per slot; the leader closes and the other tab takes
// over; a run that never ends (the test-only module `weft-test:Hang`, which never finishes and
// ignores Stop) is ended at its short limit by terminating its worker, and the next runs work.

const T0 = '2026-11-30T10:00:00.000Z';
const MIN = 60_000;

/** The page's test hooks (src/runtime/testing/test-hooks.ts), as far as this file uses them. */
interface Hooks {
  clock: { advance(ms: number): Promise<void>; now(): number };
  state(): { leader: { role: string } };
  seedScenario(input: unknown): Promise<string>;
  executions(id: string): Promise<
    {
      status: string;
      triggerKind: string;
      startedAt: string;
      operations: number;
      revisionId: string | null;
      error: { type: string; message: string } | null;
      logs: { moduleId: string; operations: number }[];
    }[]
  >;
  engine: {
    runOnce(
      req: unknown,
      onEvent?: (e: { type: string; moduleId?: string }) => void,
    ): Promise<{
      ok: boolean;
      error?: { code: string };
      value?: { execution: { status: string } };
    }>;
    status(): Promise<{ running: unknown[]; workers: number }>;
  };
}
type W = Window & { weftTest: Hooks; hang?: Promise<unknown>; events?: string[] };

const trigger = {
  id: 1,
  module: 'util:BasicTrigger',
  version: 1,
  parameters: { values: [{ spec: [{ name: 'n', value: 1 }] }] },
};
const compose = { id: 2, module: 'util:ComposeTransformer', version: 1, mapper: { value: 'x' } };
const blueprint = (name: string, second: unknown) => ({
  name,
  flow: [trigger, second],
  metadata: { scenario: {} },
});

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'weftTest' in window);
  return page;
}

const role = (page: Page) =>
  page.evaluate(() => (window as unknown as W).weftTest.state().leader.role);
const advance = (page: Page, ms: number) =>
  page.evaluate((ms) => (window as unknown as W).weftTest.clock.advance(ms), ms);
const executions = (page: Page, id: string) =>
  page.evaluate((id) => (window as unknown as W).weftTest.executions(id), id);

/** Waits until the scenario has `n` executions, none running; nudges timers that were armed late. */
async function untilRuns(pages: Page[], id: string, n: number) {
  for (let i = 0; i < 200; i++) {
    const runs = await executions(pages[0]!, id);
    if (runs.length >= n && runs.every((r) => r.status !== 'running')) return runs;
    for (const p of pages) await advance(p, 0);
    await pages[0]!.waitForTimeout(50);
  }
  throw new Error(`scenario ${id} did not reach ${n} runs`);
}

describe('browser runtime in Chromium (test clock)', () => {
  let app: RunningApp;
  let context: BrowserContext;
  let a: Page;
  let b: Page;
  let every: string;

  beforeAll(async () => {
    app = await startApp();
    context = await launchBrowser();
    await context.addInitScript((start) => localStorage.setItem('weft.testClock', start), T0);
    a = await open(context, app.url);
    await a.waitForFunction(
      () => (window as unknown as W).weftTest.state().leader.role === 'leader',
    );
    b = await open(context, app.url);
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  it('runs an every-minute scenario once per slot with two tabs open', async () => {
    expect([await role(a), await role(b)]).toEqual(['leader', 'follower']);
    every = await a.evaluate(
      (bp) =>
        (window as unknown as W).weftTest.seedScenario({
          name: 'Every minute',
          blueprint: bp,
          schedule: { type: 'indefinitely', minutes: 1 },
          enabled: true,
        }),
      blueprint('Every minute', compose),
    );
    for (let n = 1; n <= 3; n++) {
      await advance(a, MIN);
      await advance(b, MIN);
      await untilRuns([a, b], every, n);
    }
    const runs = await executions(a, every);
    expect(runs.map((r) => [r.startedAt.slice(11, 16), r.triggerKind, r.status])).toEqual([
      ['10:01', 'schedule', 'success'],
      ['10:02', 'schedule', 'success'],
      ['10:03', 'schedule', 'success'],
    ]);
  });

  it('hands the schedule over when the leader tab closes', async () => {
    await a.close({ runBeforeUnload: true });
    await b.waitForFunction(
      () => (window as unknown as W).weftTest.state().leader.role === 'leader',
    );
    await advance(b, MIN);
    const runs = await untilRuns([b], every, 4);
    expect(runs.map((r) => r.startedAt.slice(11, 16))).toEqual([
      '10:01',
      '10:02',
      '10:03',
      '10:04',
    ]);
  });

  it('terminates a run that never ends at its limit, records it, and the next runs work', async () => {
    const hang = await b.evaluate(
      (bp) =>
        (window as unknown as W).weftTest.seedScenario({
          name: 'Hangs',
          blueprint: bp,
          runTimeLimitMs: 5000,
        }),
      blueprint('Hangs', { id: 2, module: 'weft-test:Hang', version: 1 }),
    );
    await b.evaluate((id) => {
      const w = window as unknown as W;
      w.events = [];
      w.hang = w.weftTest.engine.runOnce({ scenarioId: id, trigger: 'manual' }, (e) =>
        w.events!.push(`${e.type}${e.moduleId ? ` ${e.moduleId}` : ''}`),
      );
    }, hang);
    await b.waitForFunction(() => (window as unknown as W).events!.includes('module-started 2'));
    await advance(b, 4999);
    expect(await b.evaluate(() => (window as unknown as W).weftTest.engine.status())).toMatchObject(
      {
        running: [{ scenarioId: hang }],
      },
    );
    await advance(b, 1);
    expect(await b.evaluate(() => (window as unknown as W).hang)).toMatchObject({
      ok: false,
      error: { code: 'RUNTIME_E001' },
    });
    const [ended] = await executions(b, hang);
    expect(ended).toMatchObject({
      status: 'error',
      triggerKind: 'manual',
      operations: 2,
      error: { type: 'ScenarioTimeoutError' },
    });
    // The next scheduled run of the other scenario, and a manual one, still run.
    await advance(b, MIN - 5000);
    await untilRuns([b], every, 5);
    await advance(b, 1000);
    const manual = await b.evaluate(
      (id) =>
        (window as unknown as W).weftTest.engine.runOnce({ scenarioId: id, trigger: 'manual' }),
      every,
    );
    expect(manual.value?.execution.status).toBe('success');
  });

  it('shows every run with its operations in the stored executions', async () => {
    const runs = await executions(b, every);
    expect(runs.map((r) => [r.triggerKind, r.status, r.operations])).toEqual([
      ...Array.from({ length: 5 }, () => ['schedule', 'success', 2]),
      ['manual', 'success', 2],
    ]);
    for (const r of runs) {
      expect(r.logs).toEqual([
        { moduleId: '1', operations: 1 },
        { moduleId: '2', operations: 1 },
      ]);
      expect(r.revisionId).not.toBeNull();
    }
  });

  it('answers the Settings page\'s "Test engine" through the pool', async () => {
    await b.getByText(/Engine ready · v\d+\.\d+\.\d+/).waitFor();
    await b.getByRole('link', { name: 'Settings' }).click();
    await b.getByRole('button', { name: 'Test engine' }).click();
    await b
      .getByTestId('engine-check')
      .getByText(/zipped 2 files into \d+ bytes/)
      .waitFor();
  });
});

describe('without the test flag', () => {
  it('has no test hooks and still elects a leader and answers the engine', async () => {
    const app = await startApp();
    const context = await launchBrowser();
    try {
      const page = await context.newPage();
      await page.goto(app.url);
      await page.getByText(/Engine ready/).waitFor();
      expect(await page.evaluate(() => 'weftTest' in window)).toBe(false);
    } finally {
      await context.close();
      await app.stop();
    }
  });
});
