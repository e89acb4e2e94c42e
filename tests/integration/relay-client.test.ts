import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  registerInstallation,
  relayApi,
  type RelayAccount,
} from '../../src/runtime/relay/relay-api';
import { createRelayStream, type RelayStreamStatus } from '../../src/runtime/relay/relay-stream';
import type { StoredRequest } from '../../src/shared/relay-protocol';
import { WeftDb } from '../../src/storage/db';
import { compareEventIds, inboxRepo } from '../../src/storage/inbox-repo';
import { startTestRelay, tempDir, type TestRelay } from './relay-helpers';

// The browser side of the relay, in Node: a real relay on 127.0.0.1, the stream client, and the
// IndexedDB inbox (fake-indexeddb). Webhooks in → inbox rows, acked, nothing lost, nothing twice.

const running: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const r of running.splice(0).reverse()) await r.stop();
});

async function setup(relay: TestRelay) {
  const reg = await registerInstallation(relay.base);
  if (!reg.ok) throw new Error(reg.error.message);
  const account: RelayAccount = reg.value;
  const api = relayApi(account);
  const hook = await api.createHook({ name: 'orders' });
  if (!hook.ok) throw new Error(hook.error.message);
  const db = new WeftDb(`inbox-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const inbox = inboxRepo(db);
  return { account, api, hookUrl: hook.value.url, hookId: hook.value.id, db, inbox };
}

const post = (url: string, body: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

async function until(check: () => Promise<boolean>, what: string, tries = 400): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('relay stream client → IndexedDB inbox', () => {
  it('stores every webhook in order, then acks so the relay queue empties', async () => {
    const relay = await startTestRelay();
    running.push(relay);
    const { account, api, hookUrl, hookId, db, inbox } = await setup(relay);
    for (let i = 0; i < 30; i++)
      expect((await post(hookUrl, JSON.stringify({ i }))).status).toBe(200);

    const stream = createRelayStream({
      account,
      store: async (reqs) => void (await inbox.add(reqs)),
    });
    stream.start();
    running.push(stream);
    await until(async () => (await inbox.countNew()) === 30, '30 inbox rows');
    const rows = await inbox.pending(hookId, 100);
    const bodies = rows.map((r) => JSON.parse(atob((r.request as StoredRequest).bodyBase64)).i);
    expect(bodies).toEqual(Array.from({ length: 30 }, (_, i) => i));
    await until(async () => {
      const hooks = await api.listHooks();
      return hooks.ok && hooks.value[0]?.queued === 0;
    }, 'the relay queue to empty after acks');
    db.close();
  });

  it('loses nothing and stores nothing twice when the relay restarts mid-stream', async () => {
    const dataDir = tempDir();
    let relay = await startTestRelay({}, dataDir);
    const port = relay.port;
    const { account, hookUrl, hookId, db, inbox } = await setup(relay);
    const statuses: RelayStreamStatus['state'][] = [];
    const stream = createRelayStream({
      account,
      store: async (reqs) => void (await inbox.add(reqs)),
      onStatus: (s) => statuses.push(s.state),
      random: () => 0, // shortest backoff: 500 ms
    });
    stream.start();
    for (let i = 0; i < 100; i++) await post(hookUrl, JSON.stringify({ i }));
    await until(async () => (await inbox.countNew()) >= 50, 'the first events');

    await relay.close(); // cut the stream; the data folder stays
    relay = await startTestRelay({ port }, dataDir);
    running.push(relay, stream);
    for (let i = 100; i < 200; i++) await post(hookUrl, JSON.stringify({ i }));

    await until(async () => (await inbox.countNew()) === 200, 'all 200 events');
    const rows = await inbox.pending(hookId, 1000);
    const ids = rows.map((r) => r.eventId);
    expect(new Set(ids).size).toBe(200);
    expect([...ids].sort(compareEventIds)).toEqual(ids);
    const bodies = rows.map((r) => JSON.parse(atob((r.request as StoredRequest).bodyBase64)).i);
    expect(bodies).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(statuses).toContain('waiting');
    expect(statuses.filter((s) => s === 'open').length).toBeGreaterThanOrEqual(2);
    db.close();
  });

  it('does not ack what it could not store, and gets it again', async () => {
    const relay = await startTestRelay();
    running.push(relay);
    const { account, hookUrl, hookId, db, inbox } = await setup(relay);
    for (let i = 0; i < 5; i++) await post(hookUrl, JSON.stringify({ i }));
    let failures = 1;
    const stream = createRelayStream({
      account,
      random: () => 0,
      store: async (reqs) => {
        if (failures-- > 0) throw new Error('QuotaExceededError');
        await inbox.add(reqs);
      },
    });
    stream.start();
    running.push(stream);
    await until(async () => (await inbox.countNew()) === 5, 'the events after a failed store');
    expect((await inbox.pending(hookId)).length).toBe(5);
    db.close();
  });

  it('stops and says so when the relay no longer knows the token', async () => {
    const relay = await startTestRelay();
    running.push(relay);
    const states: RelayStreamStatus[] = [];
    const stream = createRelayStream({
      account: { baseUrl: relay.base, installationId: 'x', token: 'not-a-token' },
      store: async () => undefined,
      onStatus: (s) => states.push(s),
    });
    stream.start();
    await until(async () => states.some((s) => s.state === 'stopped'), 'the stop');
    expect(states.at(-1)).toEqual({ state: 'stopped', reason: expect.stringContaining('401') });
  });

  it('gives a readable error when the relay is unreachable', async () => {
    const r = await registerInstallation('http://127.0.0.1:9');
    expect(r).toEqual({
      ok: false,
      error: { code: 'RELAY_C001', message: expect.stringContaining('Cannot reach the relay') },
    });
  });
});
