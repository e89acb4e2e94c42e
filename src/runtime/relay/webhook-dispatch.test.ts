import { describe, expect, it } from 'vitest';
import type { RunRequest } from '../../bridge';
import type { StoredRequest } from '../../shared/relay-protocol';
import { inboxRepo, scenariosRepo, type StoredScenario, type WeftDb } from '../../storage';
import { testDb } from '../../storage/test-db';
import { createWebhookDispatcher, instantBinding, scheduledWebhookInput } from './webhook-dispatch';

// [Custom webhook (hook 812 → relay hook "rh1")] → [Webhook response]
const blueprint = (bindings: Record<string, string>, instant = true) => ({
  name: 'Echo',
  flow: [
    { id: 1, module: 'gateway:CustomWebHook', version: 1, parameters: { hook: 812 } },
    { id: 2, module: 'gateway:WebhookRespond', version: 1, mapper: { status: '200' } },
  ],
  metadata: { instant, weft: { bindings } },
});

const request = (seq: number, hookId = 'rh1'): StoredRequest => ({
  eventId: `lx1abc-${seq}`,
  hookId,
  method: 'POST',
  path: `/hook/${hookId}`,
  query: '',
  headers: [['content-type', 'application/json']],
  bodyBase64: btoa(JSON.stringify({ seq })),
  receivedAt: new Date(Date.UTC(2026, 10, 30, 10, 0, seq)).toISOString(),
});

async function scenario(db: WeftDb, bp: unknown, enabled = true): Promise<StoredScenario> {
  const repo = scenariosRepo(db);
  const s = await repo.create('Echo');
  await repo.saveBlueprint(s.id, bp, new Date());
  if (enabled) await repo.setEnabled(s.id, true, new Date());
  return (await repo.get(s.id)) as StoredScenario;
}

/** A fake engine: records the requests it ran and answers with a Webhook response. */
function fakeRun(log: string[]) {
  return async (req: RunRequest) => {
    const input = req.input as { requests: StoredRequest[] };
    const seq = JSON.parse(atob(input.requests[0]!.bodyBase64)).seq as number;
    log.push(`${req.trigger} ${seq}`);
    await new Promise((r) => setTimeout(r, 1));
    const execution = {
      webhookResponse: { status: 201, headers: [['x-seq', String(seq)]], body: `done ${seq}` },
    };
    return { ok: true, value: { execution } } as never;
  };
}

describe('instantBinding', () => {
  it('binds an enabled instant Custom webhook scenario through metadata.weft.bindings', async () => {
    const db = testDb();
    const s = await scenario(db, blueprint({ 'hook:812': 'rh1' }));
    expect(instantBinding(s)).toEqual({ scenarioId: s.id, relayHookId: 'rh1' });
    expect(instantBinding({ ...s, enabled: false })).toBeUndefined();
    const notInstant = await scenario(db, blueprint({ 'hook:812': 'rh1' }, false));
    expect(instantBinding(notInstant)).toBeUndefined();
    expect(instantBinding({ ...notInstant, schedule: { type: 'immediately' } })).toBeDefined();
    const unbound = await scenario(db, blueprint({}));
    expect(instantBinding(unbound)).toBeUndefined();
  });
});

describe('createWebhookDispatcher', () => {
  it('runs each waiting request once, in order, marks it consumed and answers the relay', async () => {
    const db = testDb();
    await scenario(db, blueprint({ 'hook:812': 'rh1' }));
    const inbox = inboxRepo(db);
    await inbox.add([request(2), request(1), request(10), request(3, 'other-hook')]);
    const runs: string[] = [];
    const responses: [string, unknown][] = [];
    const d = createWebhookDispatcher({
      db,
      run: fakeRun(runs),
      respond: async (id, body) => void responses.push([id, body]),
    });
    await Promise.all([d.kick(), d.kick()]); // a second kick while busy runs nothing twice
    expect(runs).toEqual(['webhook 1', 'webhook 2', 'webhook 10']);
    expect(await inbox.pending('rh1')).toEqual([]);
    expect((await inbox.pending('other-hook')).map((r) => r.eventId)).toEqual(['lx1abc-3']);
    expect(responses[0]).toEqual([
      'lx1abc-1',
      { status: 201, headers: [['x-seq', '1']], bodyBase64: btoa('done 1') },
    ]);
    expect(responses.map(([id]) => id)).toEqual(['lx1abc-1', 'lx1abc-2', 'lx1abc-10']);
  });

  it('leaves requests queued for a switched-off or deactivated scenario', async () => {
    const db = testDb();
    const s = await scenario(db, blueprint({ 'hook:812': 'rh1' }), false);
    await inboxRepo(db).add([request(1)]);
    const runs: string[] = [];
    await createWebhookDispatcher({ db, run: fakeRun(runs) }).kick();
    expect(runs).toEqual([]);
    await scenariosRepo(db).setEnabled(s.id, true, new Date());
    await db.scenarioState.put({
      ...(await db.scenarioState.get(s.id)),
      scenarioId: s.id,
      deactivatedReason: 'Three errors in a row',
    } as never);
    await createWebhookDispatcher({ db, run: fakeRun(runs) }).kick();
    expect(runs).toEqual([]);
    expect(await inboxRepo(db).countNew()).toBe(1);
  });
});

describe('scheduledWebhookInput', () => {
  it('hands a scheduled webhook scenario the waiting requests of its hook, consumed when done', async () => {
    const db = testDb();
    const s = await scenario(db, blueprint({ 'hook:812': 'rh1' }, false));
    await inboxRepo(db).add([request(2), request(1), request(5, 'other-hook')]);
    const taken = await scheduledWebhookInput(db, s);
    expect(taken?.input.requests.map((r) => r.eventId)).toEqual(['lx1abc-1', 'lx1abc-2']);
    await taken?.done();
    expect(await inboxRepo(db).pending('rh1')).toEqual([]);
    expect(await inboxRepo(db).countNew()).toBe(1);
    const plain = await scenario(db, { flow: [{ id: 1, module: 'util:BasicTrigger' }] });
    expect(await scheduledWebhookInput(db, plain)).toBeUndefined();
  });
});

describe('one hook, two bound scenarios', () => {
  it('runs each request once, in one of them only', async () => {
    const db = testDb();
    await scenario(db, blueprint({ 'hook:812': 'rh1' }));
    await scenario(db, blueprint({ 'hook:812': 'rh1' }));
    await inboxRepo(db).add([request(1), request(2)]);
    const ran: string[] = [];
    const run = fakeRun([]);
    await createWebhookDispatcher({
      db,
      run: (req) => {
        ran.push(req.scenarioId);
        return run(req);
      },
    }).kick();
    expect(ran).toHaveLength(2);
    expect(new Set(ran).size).toBe(1);
    expect(await inboxRepo(db).countNew()).toBe(0);
  });
});
