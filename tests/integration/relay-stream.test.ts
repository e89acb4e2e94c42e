// The SSE stream, acks and response mode over real HTTP: resume from Last-Event-ID, restart after
// the last ack, the in-flight window, heartbeats, epochs, restarts, retention.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ack,
  auth,
  http,
  newHook,
  newInstallation,
  openStream,
  requestsIn,
  sleep,
  startTestRelay,
  tempDir,
  type TestRelay,
} from './relay-helpers';

let relay: TestRelay;
beforeAll(async () => {
  relay = await startTestRelay({ maxInFlight: 5, heartbeatMs: 100 });
});
afterAll(() => relay.stop());

const post = (url: string, body: string) => http(url, { method: 'POST', body });
const bodyOf = (b64: string) => Buffer.from(b64, 'base64').toString();

describe('stream', () => {
  it('bounds events in flight until acked, and ack deletes that event and every earlier one', async () => {
    const { token } = await newInstallation(relay.base);
    const hook = await newHook(relay.base, token);
    for (let i = 0; i < 12; i++) await post(hook.url, `e${i}`);
    const s = openStream(relay.base, token);
    await s.waitFor((ev) => requestsIn(ev) === 5);
    await sleep(150);
    expect(requestsIn(s.events)).toBe(5);
    expect((await ack(relay.base, token, s.requests()[2]?.eventId as string)).json()).toEqual({
      deleted: 3,
    });
    await s.waitFor((ev) => requestsIn(ev) === 8);
    await sleep(150);
    expect(requestsIn(s.events)).toBe(8);
    await ack(relay.base, token, s.requests()[7]?.eventId as string);
    await s.waitFor((ev) => requestsIn(ev) === 12);
    expect(s.requests().map((r) => bodyOf(r.bodyBase64))).toEqual(
      Array.from({ length: 12 }, (_, i) => `e${i}`),
    );
    const list = (await http(`${relay.base}/api/hooks`, { headers: auth(token) })).json().hooks;
    expect(list).toEqual([expect.objectContaining({ queued: 4 })]);
    s.close();
  });

  it('sends heartbeats without ids', async () => {
    const { token } = await newInstallation(relay.base);
    const s = openStream(relay.base, token);
    await s.waitFor((ev) => ev.filter((e) => e.event === 'heartbeat').length >= 3);
    const beat = s.events.find((e) => e.event === 'heartbeat');
    expect(beat?.id).toBeUndefined();
    expect(JSON.parse(beat?.data ?? '{}')).toEqual({
      time: expect.any(String),
      intervalSeconds: 0.1,
    });
    s.close();
  });

  it('resumes after Last-Event-ID, else after the last ack; ignores ids of another epoch', async () => {
    const { token } = await newInstallation(relay.base);
    const hook = await newHook(relay.base, token);
    for (let i = 0; i < 4; i++) await post(hook.url, `r${i}`);
    const first = openStream(relay.base, token);
    await first.waitFor((ev) => requestsIn(ev) === 4);
    first.close();
    const ids = first.requests().map((r) => r.eventId);
    await ack(relay.base, token, ids[0] as string);
    const resumed = openStream(relay.base, token, { lastEventId: ids[2] });
    await resumed.waitFor((ev) => requestsIn(ev) === 1);
    expect(resumed.requests().map((r) => r.eventId)).toEqual([ids[3]]);
    resumed.close();
    const fresh = openStream(relay.base, token);
    await fresh.waitFor((ev) => requestsIn(ev) === 3);
    expect(fresh.requests().map((r) => r.eventId)).toEqual(ids.slice(1));
    fresh.close();
    const foreign = openStream(relay.base, token, { lastEventId: 'zzzzzz-3' });
    await foreign.waitFor((ev) => requestsIn(ev) === 3);
    expect(foreign.requests().map((r) => r.eventId)).toEqual(ids.slice(1));
    foreign.close();
    expect((await ack(relay.base, token, 'zzzzzz-1')).status).toBe(400);
    expect((await ack(relay.base, token, 'garbage')).status).toBe(400);
  });

  it('limits open streams per installation with 429', async () => {
    const r = await startTestRelay({ maxStreams: 2 });
    const { token } = await newInstallation(r.base);
    const open = [openStream(r.base, token), openStream(r.base, token)];
    expect(await Promise.all(open.map((s) => s.status))).toEqual([200, 200]);
    const third = await http(`${r.base}/api/stream`, { headers: auth(token) });
    expect([third.status, third.headers['retry-after']]).toEqual([429, '5']);
    open[0]?.close();
    await sleep(100);
    const again = openStream(r.base, token);
    expect(await again.status).toBe(200);
    again.close();
    open[1]?.close();
    await r.stop();
  });

  it('accepts ?token= for EventSource and refuses a stream without a token', async () => {
    const { token } = await newInstallation(relay.base);
    const ok = await new Promise<number>((resolve) => {
      void import('node:http').then(({ get }) =>
        get(`${relay.base}/api/stream?token=${token}`, (res) => {
          resolve(res.statusCode ?? 0);
          res.destroy();
        }),
      );
    });
    expect(ok).toBe(200);
    expect((await http(`${relay.base}/api/stream`)).status).toBe(401);
    expect((await http(`${relay.base}/api/hooks?token=${token}`)).status).toBe(401);
  });
});

describe('response mode', () => {
  it('returns the scenario response to the caller when it comes in time', async () => {
    const { token } = await newInstallation(relay.base);
    const hook = await newHook(relay.base, token, { respondTimeoutMs: 5000 });
    const s = openStream(relay.base, token, {
      onEvent: (e) => {
        if (e.event !== 'request') return;
        const { eventId } = JSON.parse(e.data) as { eventId: string };
        void http(`${relay.base}/api/responses/${eventId}`, {
          method: 'POST',
          headers: auth(token),
          body: JSON.stringify({
            status: 202,
            headers: [
              ['content-type', 'application/json'],
              ['x-run', '1'],
            ],
            bodyBase64: Buffer.from('{"done":true}').toString('base64'),
          }),
        });
      },
    });
    await s.waitFor((ev) => ev.length > 0);
    const r = await post(hook.url, 'question');
    expect([r.status, r.text, r.headers['content-type'], r.headers['x-run']]).toEqual([
      202,
      '{"done":true}',
      'application/json',
      '1',
    ]);
    expect(r.headers['access-control-allow-origin']).toBe('*');
    s.close();
  });

  it('answers 200 Accepted on timeout and keeps the event queued; a late response gets 404', async () => {
    const { token } = await newInstallation(relay.base);
    const hook = await newHook(relay.base, token, { respondTimeoutMs: 150 });
    const s = openStream(relay.base, token);
    await s.waitFor((ev) => ev.length > 0);
    const r = await post(hook.url, 'slow');
    expect([r.status, r.text]).toEqual([200, 'Accepted']);
    const eventId = s.requests()[0]?.eventId as string;
    const late = await http(`${relay.base}/api/responses/${eventId}`, {
      method: 'POST',
      headers: auth(token),
      body: JSON.stringify({ status: 200 }),
    });
    expect(late.status).toBe(404);
    const list = (await http(`${relay.base}/api/hooks`, { headers: auth(token) })).json().hooks;
    expect(list).toEqual([expect.objectContaining({ queued: 1 })]);
    s.close();
  });

  it('answers 200 Accepted at once when no browser is connected', async () => {
    const { token } = await newInstallation(relay.base);
    const hook = await newHook(relay.base, token, { respondTimeoutMs: 60_000 });
    const r = await post(hook.url, 'nobody home');
    expect([r.status, r.text]).toEqual([200, 'Accepted']);
  });
});

describe('durability and retention', () => {
  it('keeps queued events, hooks and sequence across a restart; a reset folder gets a new epoch', async () => {
    const dir = tempDir();
    const one = await startTestRelay({}, dir);
    const { token } = await newInstallation(one.base);
    const hook = await newHook(one.base, token);
    await post(hook.url, 'before');
    await one.close();
    const two = await startTestRelay({}, dir);
    const url = hook.url.replace(one.base, two.base);
    await post(url, 'after');
    const s = openStream(two.base, token);
    await s.waitFor((ev) => requestsIn(ev) === 2);
    const got = s.requests();
    expect(got.map((g) => bodyOf(g.bodyBase64))).toEqual(['before', 'after']);
    expect(got.map((g) => g.eventId.split('-')[1])).toEqual(['1', '2']);
    s.close();
    await two.stop();
    const reset = await startTestRelay();
    const again = await newInstallation(reset.base);
    const h2 = await newHook(reset.base, again.token);
    await post(h2.url, 'new');
    const s2 = openStream(reset.base, again.token);
    await s2.waitFor((ev) => requestsIn(ev) === 1);
    expect(s2.requests()[0]?.eventId.split('-')[0]).not.toBe(got[0]?.eventId.split('-')[0]);
    s2.close();
    await reset.stop();
  });

  it('expires unacked events after the retention time and idle hooks (then 410)', async () => {
    const r = await startTestRelay({ eventRetentionMs: 800, hookIdleMs: 2000 });
    const { token } = await newInstallation(r.base);
    const idle = await newHook(r.base, token);
    const busy = await newHook(r.base, token);
    await post(busy.url, 'old');
    await sleep(900);
    await post(busy.url, 'fresh');
    await r.relay.sweep();
    const s = openStream(r.base, token);
    await s.waitFor((ev) => requestsIn(ev) === 1);
    expect(s.requests().map((g) => bodyOf(g.bodyBase64))).toEqual(['fresh']);
    s.close();
    await sleep(1200);
    await post(busy.url, 'keeps it alive');
    await r.relay.sweep();
    expect((await post(idle.url, 'x')).status).toBe(410);
    expect((await post(busy.url, 'y')).status).toBe(200);
    const hooks = (await http(`${r.base}/api/hooks`, { headers: auth(token) })).json().hooks as {
      id: string;
    }[];
    expect(hooks.map((h) => h.id)).toEqual([busy.id]);
    await r.stop();
  });
});
