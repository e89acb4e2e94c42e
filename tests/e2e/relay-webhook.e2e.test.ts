import { describe, expect, it } from 'vitest';
import { appSession } from './harness';

// A webhook from the outside world reaches the open Weft tab through the relay and starts an
// instant scenario whose Webhook response answers the caller (issue 7, browser side):
//
//   curl ──▶ relay /hook/<id> ──SSE──▶ leader tab ─▶ inbox ─▶ worker:
//            [Custom webhook (hook 1 ↦ relay hook)] ─▶ [Webhook response "Hello {{1.name}}"]
//   curl ◀── 201 "Hello Ann" ◀── relay ◀── POST /api/responses/<eventId>

interface Hooks {
  seedScenario(input: unknown): Promise<string>;
  executions(id: string): Promise<{ status: string; triggerKind: string; operations: number }[]>;
}
type W = Window & { weftTest: Hooks };

const echo = (relayHookId: string) => ({
  name: 'Echo',
  flow: [
    { id: 1, module: 'gateway:CustomWebHook', version: 1, parameters: { hook: 1 }, mapper: {} },
    {
      id: 2,
      module: 'gateway:WebhookRespond',
      version: 1,
      parameters: {},
      mapper: {
        status: '201',
        body: 'Hello {{1.name}} ({{1.count + 1}})',
        headers: [{ key: 'x-weft', value: 'yes' }],
      },
    },
  ],
  metadata: { version: 1, instant: true, weft: { bindings: { 'hook:1': relayHookId } } },
});

describe('webhooks through the relay into an open tab', () => {
  const s = appSession({ testClock: '2026-11-30T10:00:00Z' });
  let url = '';
  let scenarioId = '';

  const runs = () =>
    s.page.evaluate((id) => (window as unknown as W).weftTest.executions(id), scenarioId);

  it('creates a hook that waits for the Webhook response and binds an instant scenario to it', async () => {
    await s.page.goto(`${s.app.url}webhooks`);
    await s.page.getByRole('button', { name: 'Connect' }).click();
    await s.page.getByLabel('New webhook name').fill('Echo');
    await s.page.getByLabel('Wait for a Webhook response').check();
    await s.page.getByRole('button', { name: 'Add webhook' }).click();
    await s.page.getByText('Webhook response', { exact: true }).waitFor();
    url = (await s.page.locator('.url-cell span').first().textContent()) ?? '';
    const relayHookId = url.split('/').pop()!;
    scenarioId = await s.page.evaluate(
      (bp) =>
        (window as unknown as W).weftTest.seedScenario({
          name: 'Echo',
          blueprint: bp,
          enabled: true,
        }),
      echo(relayHookId),
    );
    await s.page.getByText('Receiving requests.').waitFor();
  });

  it("answers the caller with the scenario's response and records the run", async () => {
    const res = await fetch(`${url}?name=Ann`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ count: 41 }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-weft')).toBe('yes');
    expect(await res.text()).toBe('Hello Ann (42)');
    await expect
      .poll(runs, { timeout: 10_000 })
      .toMatchObject([{ status: 'success', triggerKind: 'webhook', operations: 2 }]);
    await s.page.getByRole('cell', { name: 'processed' }).first().waitFor();
  });

  it('keeps requests made while no tab is open and runs them when Weft opens again', async () => {
    await s.page.close();
    const res = await fetch(`${url}?name=Bo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"count":1}',
    });
    // No browser holds the stream: the relay stores it and answers as Make does.
    expect({ status: res.status, body: await res.text() }).toEqual({
      status: 200,
      body: 'Accepted',
    });
    s.page = await s.context.newPage();
    await s.page.goto(`${s.app.url}webhooks`);
    await expect.poll(async () => (await runs()).length, { timeout: 15_000 }).toBe(2);
    expect((await runs()).map((r) => r.status)).toEqual(['success', 'success']);
  });
});
