import { describe, expect, it } from 'vitest';
import { countersRepo } from './counters-repo';
import { dataStoresRepo } from './data-stores-repo';
import { filesRepo } from './files-repo';
import { compareEventIds, inboxRepo } from './inbox-repo';
import { revisionsRepo } from './revisions-repo';
import { scenariosRepo } from './scenarios-repo';
import { settingsRepo } from './settings-repo';
import { quotaError, testDb } from './test-db';

const req = (eventId: string, hookId = 'h1') => ({
  eventId,
  hookId,
  receivedAt: '2026-11-30T10:00:00.000Z',
});

describe('scenariosRepo', () => {
  it('records when a scenario is switched on and keeps its schedule', async () => {
    const db = testDb();
    const repo = scenariosRepo(db);
    const s = await repo.create('A', new Date('2026-11-30T09:00:00Z'));
    expect(s.schedule).toEqual({ type: 'indefinitely', minutes: 15 });
    await repo.setEnabled(s.id, true, new Date('2026-11-30T10:00:00Z'));
    await repo.setEnabled(s.id, true, new Date('2026-11-30T11:00:00Z'));
    await repo.setSchedule(s.id, { type: 'daily', time: '08:00' }, true);
    const got = await repo.get(s.id);
    expect(got).toMatchObject({
      enabled: true,
      enabledAt: '2026-11-30T10:00:00.000Z',
      catchUp: true,
    });
    expect(got?.schedule).toEqual({ type: 'daily', time: '08:00' });
    await expect(repo.setEnabled('nope', true)).rejects.toMatchObject({
      code: 'STORAGE_NOT_FOUND',
    });
  });
});

describe('revisionsRepo', () => {
  it('numbers revisions per scenario and does not copy an unchanged blueprint', async () => {
    const db = testDb();
    const repo = revisionsRepo(db);
    const r1 = await repo.save('s1', { flow: [1] });
    const again = await repo.save('s1', { flow: [1] });
    const r2 = await repo.save('s1', { flow: [1, 2] });
    await repo.save('s2', { flow: [] });
    expect(again.id).toBe(r1.id);
    expect([r1.number, r2.number]).toEqual([1, 2]);
    expect((await repo.list('s1')).map((r) => r.number)).toEqual([2, 1]);
    expect((await repo.latest('s2'))?.number).toBe(1);
    await repo.save('s1', { flow: [3] });
    await repo.prune('s1', 1, new Set([r1.id]));
    expect((await repo.list('s1')).map((r) => r.number)).toEqual([3, 1]);
  });
});

describe('dataStoresRepo', () => {
  it('applies a cycle of writes together, or none of them', async () => {
    const db = testDb();
    const repo = dataStoresRepo(db);
    const store = await repo.create('Customers');
    const other = await repo.create('Other');
    await repo.apply(other.id, [{ op: 'put', key: 'x', data: 1 }]);
    await repo.apply(store.id, [
      { op: 'put', key: 'a', data: { n: 1 } },
      { op: 'put', key: 'b', data: { n: 2 } },
      { op: 'put', key: 'c', data: { n: 3 } },
      { op: 'delete', key: 'b' },
    ]);
    expect((await repo.page(store.id)).map((r) => r.key)).toEqual(['a', 'c']);
    expect((await repo.page(store.id, 1, 'a')).map((r) => r.key)).toEqual(['c']);
    const hook = () => {
      throw quotaError();
    };
    db.dataRecords.hook('creating', hook);
    await expect(
      repo.apply(store.id, [{ op: 'clear' }, { op: 'put', key: 'z', data: 0 }]),
    ).rejects.toMatchObject({ code: 'STORAGE_QUOTA' });
    db.dataRecords.hook('creating').unsubscribe(hook);
    expect(await repo.count(store.id)).toBe(2);
    await repo.remove(store.id);
    expect(await repo.count(store.id)).toBe(0);
    expect(await repo.count(other.id)).toBe(1);
  });
});

describe('filesRepo', () => {
  it('replaces a file of the same name in a folder', async () => {
    const db = testDb();
    const repo = filesRepo(db);
    const a = await repo.save({
      folder: '/in',
      name: 'a.txt',
      mimeType: 'text/plain',
      data: new Uint8Array([1]),
    });
    const b = await repo.save({
      folder: '/in',
      name: 'a.txt',
      mimeType: 'text/plain',
      data: new Uint8Array([1, 2]),
    });
    await repo.save({
      folder: '/out',
      name: 'a.txt',
      mimeType: 'text/plain',
      data: new Uint8Array([3]),
    });
    expect(b.id).toBe(a.id);
    expect((await repo.list('/in')).map((f) => f.size)).toEqual([2]);
    expect([...((await repo.find('/out', 'a.txt'))?.data ?? [])]).toEqual([3]);
  });
});

describe('inboxRepo', () => {
  it('stores each event once however often it is delivered, in per-hook order', async () => {
    const db = testDb();
    const repo = inboxRepo(db);
    expect(await repo.add([req('1-9'), req('1-10'), req('1-9')])).toBe(2);
    expect(await repo.add([req('1-10'), req('1-11'), req('1-1', 'h2')])).toBe(2);
    expect((await repo.pending('h1')).map((r) => r.eventId)).toEqual(['1-9', '1-10', '1-11']);
    await repo.markConsumed(['1-9']);
    expect(await repo.add([req('1-9')])).toBe(0);
    expect((await repo.pending('h1')).map((r) => r.eventId)).toEqual(['1-10', '1-11']);
    expect(await repo.countNew()).toBe(3);
    expect(await repo.pruneConsumed(new Date('2026-12-01T00:00:00Z'))).toBe(1);
    expect(['2-1', '1-10', '1-2'].sort(compareEventIds)).toEqual(['1-2', '1-10', '2-1']);
    // The relay's epochs are base-36 text: compared as text, never as NaN numbers.
    expect(['lx3k9a2b-10', 'lx3k9a2b-9', 'lx3k9a2a-99'].sort(compareEventIds)).toEqual([
      'lx3k9a2a-99',
      'lx3k9a2b-9',
      'lx3k9a2b-10',
    ]);
  });
});

describe('countersRepo and settingsRepo', () => {
  it('hands out distinct counter values to concurrent increments', async () => {
    const db = testDb();
    const repo = countersRepo(db);
    const values = await Promise.all([1, 2, 3, 4].map(() => repo.increment('s1:5')));
    expect([...values].sort()).toEqual([1, 2, 3, 4]);
    expect(await repo.get('s1:5')).toBe(4);
    await repo.reset('s1:5');
    expect(await repo.get('s1:5')).toBe(0);
  });

  it('reads a setting or its fallback', async () => {
    const db = testDb();
    const repo = settingsRepo(db);
    expect(await repo.get('retention', { maxAgeDays: 30 })).toEqual({ maxAgeDays: 30 });
    await repo.set('retention', { maxAgeDays: 7 });
    expect(await repo.get('retention', { maxAgeDays: 30 })).toEqual({ maxAgeDays: 7 });
  });
});
