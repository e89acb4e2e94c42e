// The relay's management API over real HTTP on 127.0.0.1: installations, bearer auth, hooks CRUD,
// and isolation between two installations (CONTRACTS.md §5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ack,
  auth,
  http,
  newHook,
  newInstallation,
  openStream,
  startTestRelay,
  type TestRelay,
} from './relay-helpers';

let relay: TestRelay;
beforeAll(async () => {
  relay = await startTestRelay({ allowedOrigins: ['https://app.example'] });
});
afterAll(() => relay.stop());

const json = (token: string) => ({ ...auth(token), 'content-type': 'application/json' });

describe('installations and auth', () => {
  it('issues an installation with a one-time token and refuses calls without a valid one', async () => {
    const a = await newInstallation(relay.base);
    expect(a.token).toMatch(/^[\w-]{43}$/);
    expect(a.installationId).toMatch(/^[\w-]{22}$/);
    const none = await http(`${relay.base}/api/hooks`);
    expect(none.status).toBe(401);
    expect(none.json()).toEqual({ error: expect.objectContaining({ code: 'RELAY_A001' }) });
    expect((await http(`${relay.base}/api/hooks`, { headers: auth('nope') })).status).toBe(401);
    expect((await http(`${relay.base}/api/hooks`, { headers: auth(a.token) })).status).toBe(200);
  });

  it('answers /healthz, 404 for unknown API routes and 405 for wrong methods', async () => {
    const a = await newInstallation(relay.base);
    expect((await http(`${relay.base}/healthz`)).status).toBe(200);
    expect((await http(`${relay.base}/api/nothing`, { headers: auth(a.token) })).status).toBe(404);
    const wrong = await http(`${relay.base}/api/hooks`, { method: 'PUT', headers: auth(a.token) });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('GET, POST');
    expect((await http(`${relay.base}/api/installations`)).status).toBe(405);
    expect((await http(`${relay.base}/elsewhere`)).status).toBe(404);
  });

  it('limits unauthenticated sign-ups per client IP with 429 and Retry-After', async () => {
    const r = await startTestRelay({ installRateLimit: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push(await http(`${r.base}/api/installations`, { method: 'POST' }));
    expect(statuses.map((s) => s.status)).toEqual([201, 201, 429]);
    expect(Number(statuses[2]?.headers['retry-after'])).toBeGreaterThan(0);
    await r.stop();
  });

  it('lets configured origins call the API from a browser, and no others', async () => {
    const pre = (origin: string) =>
      http(`${relay.base}/api/hooks`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const ok = await pre('https://app.example');
    expect(ok.status).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(ok.headers['access-control-allow-headers']).toContain('authorization');
    const other = await pre('https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('hooks', () => {
  it('creates, lists with queue counts, renames, disables and deletes a hook', async () => {
    const { token } = await newInstallation(relay.base);
    const hook = await newHook(relay.base, token, { name: 'Orders', respondTimeoutMs: 5000 });
    // ≥ 128 random bits: 16 bytes as 22 base64url characters.
    expect(hook.id).toMatch(/^[\w-]{22}$/);
    expect(hook.url).toBe(`${relay.base}/hook/${hook.id}`);
    await http(hook.url, { method: 'POST', body: 'x' });
    const list = await http(`${relay.base}/api/hooks`, { headers: auth(token) });
    expect(list.json().hooks).toEqual([
      expect.objectContaining({
        id: hook.id,
        name: 'Orders',
        enabled: true,
        respondTimeoutMs: 5000,
        queued: 1,
      }),
    ]);
    const patch = await http(`${relay.base}/api/hooks/${hook.id}`, {
      method: 'PATCH',
      headers: json(token),
      body: JSON.stringify({ name: 'Renamed', enabled: false, respondTimeoutMs: null }),
    });
    expect(patch.status).toBe(204);
    // A disabled hook still accepts and queues (as Make does).
    expect((await http(hook.url, { method: 'POST', body: 'y' })).status).toBe(200);
    const after = (await http(`${relay.base}/api/hooks`, { headers: auth(token) })).json().hooks;
    expect(after).toEqual([
      expect.objectContaining({
        name: 'Renamed',
        enabled: false,
        respondTimeoutMs: null,
        queued: 2,
      }),
    ]);
    const del = await http(`${relay.base}/api/hooks/${hook.id}`, {
      method: 'DELETE',
      headers: auth(token),
    });
    expect(del.status).toBe(204);
    expect((await http(`${relay.base}/api/hooks`, { headers: auth(token) })).json().hooks).toEqual(
      [],
    );
    const gone = await http(hook.url, { method: 'POST', body: 'z' });
    expect(gone.status).toBe(410);
    expect(
      (await http(`${relay.base}/hook/AAAAAAAAAAAAAAAAAAAAAA`, { method: 'POST' })).status,
    ).toBe(404);
  });

  it('rejects invalid hook fields with RELAY_R001 and the field path', async () => {
    const { token } = await newInstallation(relay.base);
    const cases = [
      { name: 3 },
      { respondTimeoutMs: -1 },
      { respondTimeoutMs: 1.5 },
      { colour: 'red' },
    ];
    for (const body of cases) {
      const r = await http(`${relay.base}/api/hooks`, {
        method: 'POST',
        headers: json(token),
        body: JSON.stringify(body),
      });
      expect(r.status).toBe(400);
      expect(r.json().error).toEqual(expect.objectContaining({ code: 'RELAY_R001' }));
    }
    const notJson = await http(`${relay.base}/api/hooks`, {
      method: 'POST',
      headers: json(token),
      body: '{',
    });
    expect(notJson.status).toBe(400);
  });
});

describe('isolation between two installations', () => {
  it('never lets B see, change, delete, stream, ack or answer A’s hooks and events', async () => {
    const a = await newInstallation(relay.base);
    const b = await newInstallation(relay.base);
    const hook = await newHook(relay.base, a.token, { name: 'A', respondTimeoutMs: 2000 });
    const streamA = openStream(relay.base, a.token);
    await streamA.waitFor((ev) => ev.length > 0);
    const held = http(hook.url, { method: 'POST', body: 'secret' });
    await streamA.waitFor((ev) => ev.some((e) => e.event === 'request'));
    const eventId = streamA.requests()[0]?.eventId as string;

    expect(
      (await http(`${relay.base}/api/hooks`, { headers: auth(b.token) })).json().hooks,
    ).toEqual([]);
    const patch = await http(`${relay.base}/api/hooks/${hook.id}`, {
      method: 'PATCH',
      headers: json(b.token),
      body: JSON.stringify({ name: 'mine' }),
    });
    expect(patch.status).toBe(404);
    expect(
      (
        await http(`${relay.base}/api/hooks/${hook.id}`, {
          method: 'DELETE',
          headers: auth(b.token),
        })
      ).status,
    ).toBe(404);
    expect((await ack(relay.base, b.token, eventId)).status).toBe(400);
    const answer = await http(`${relay.base}/api/responses/${eventId}`, {
      method: 'POST',
      headers: json(b.token),
      body: JSON.stringify({ status: 299, bodyBase64: '' }),
    });
    expect(answer.status).toBe(404);
    const streamB = openStream(relay.base, b.token);
    await streamB.waitFor((ev) => ev.length > 0);
    await new Promise((r) => setTimeout(r, 200));
    expect(streamB.events.filter((e) => e.event === 'request')).toEqual([]);
    streamB.close();

    // A is untouched: its hook, its queued event, and its held caller.
    const listA = (await http(`${relay.base}/api/hooks`, { headers: auth(a.token) })).json().hooks;
    expect(listA).toEqual([expect.objectContaining({ name: 'A', queued: 1 })]);
    const mine = await http(`${relay.base}/api/responses/${eventId}`, {
      method: 'POST',
      headers: json(a.token),
      body: JSON.stringify({
        status: 201,
        headers: [['x-from', 'scenario']],
        bodyBase64: Buffer.from('ok').toString('base64'),
      }),
    });
    expect(mine.status).toBe(204);
    const caller = await held;
    expect([caller.status, caller.text, caller.headers['x-from']]).toEqual([201, 'ok', 'scenario']);
    streamA.close();
  });
});
