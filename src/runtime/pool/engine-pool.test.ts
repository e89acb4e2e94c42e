import { describe, expect, it } from 'vitest';
import type { EngineApi, EngineResult } from '../../bridge';
import { fakeClock } from '../testing/fake-clock';
import { createEnginePool, poolSizeFor, type PoolJob, type PoolWorker } from './engine-pool';

/** Fake workers whose runs end when the test says; `log` records starts, stops and terminations. */
function fakeWorkers() {
  const log: string[] = [];
  const finish = new Map<string, (r: EngineResult<string>) => void>();
  let n = 0;
  const spawn = (): PoolWorker => {
    const name = `w${++n}`;
    const api = {
      stop: async (id: string) => {
        log.push(`stop ${id}`);
        return { ok: true, value: undefined };
      },
      version: async () => name,
    } as unknown as EngineApi;
    return { api, terminate: () => log.push(`terminate ${name}`) };
  };
  const job = (
    executionId: string,
    scenarioId = executionId,
    over: Partial<PoolJob<string>> = {},
  ): PoolJob<string> => ({
    executionId,
    scenarioId,
    trigger: 'schedule',
    startedAt: '2026-11-30T10:00:00.000Z',
    sequential: false,
    limitMs: null,
    run: () =>
      new Promise((resolve) => {
        log.push(`start ${executionId}`);
        finish.set(executionId, resolve);
      }),
    ...over,
  });
  const end = (id: string) => finish.get(id)?.({ ok: true, value: id });
  return { log, spawn, job, end };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('engine pool', () => {
  it('sizes itself to the CPU: one core for the page, 2 to 4 workers', () => {
    expect([1, 2, 4, 8, 16, undefined].map(poolSizeFor)).toEqual([2, 2, 3, 4, 4, 2]);
  });

  it('runs as many scenarios at once as it has workers; the rest wait in order', async () => {
    const f = fakeWorkers();
    const pool = createEnginePool({ spawn: f.spawn, size: 2, clock: fakeClock(0) });
    const results = ['a', 'b', 'c'].map((id) => pool.submit(f.job(id)));
    await tick();
    expect(f.log).toEqual(['start a', 'start b']);
    expect(pool.status()).toMatchObject({ queued: 1, workers: 2 });
    f.end('b');
    await tick();
    expect(f.log).toEqual(['start a', 'start b', 'start c']);
    f.end('a');
    f.end('c');
    expect(await Promise.all(results)).toEqual(
      ['a', 'b', 'c'].map((v) => ({ ok: true, value: v })),
    );
    expect(pool.status()).toEqual({ running: [], queued: 0, workers: 2 });
  });

  it('runs a sequential scenario one execution at a time in arrival order, others alongside', async () => {
    const f = fakeWorkers();
    const pool = createEnginePool({ spawn: f.spawn, size: 3, clock: fakeClock(0) });
    void pool.submit(f.job('s1', 'S', { sequential: true }));
    void pool.submit(f.job('s2', 'S', { sequential: true }));
    void pool.submit(f.job('o1', 'O'));
    void pool.submit(f.job('s3', 'S', { sequential: true }));
    await tick();
    expect(f.log).toEqual(['start s1', 'start o1']);
    f.end('s1');
    await tick();
    f.end('s2');
    await tick();
    expect(f.log).toEqual(['start s1', 'start o1', 'start s2', 'start s3']);
  });

  it('terminates a run that passes its limit, answers RUNTIME_E001, and the next run gets a new worker', async () => {
    const f = fakeWorkers();
    const clock = fakeClock(0);
    const pool = createEnginePool({ spawn: f.spawn, size: 1, clock });
    const hung = pool.submit(f.job('h', 'H', { limitMs: 5000 }));
    const next = pool.submit(f.job('n', 'N'));
    await tick();
    await clock.advance(4999);
    expect(f.log).toEqual(['start h']);
    await clock.advance(1);
    expect(await hung).toMatchObject({ ok: false, error: { code: 'RUNTIME_E001' } });
    await tick();
    expect(f.log).toEqual(['start h', 'terminate w1', 'start n']);
    f.end('n');
    expect(await next).toEqual({ ok: true, value: 'n' });
    expect(await pool.call((api) => api.version())).toBe('w2');
  });

  it('drops a queued run on Stop, and terminates a running one that ignores Stop after the grace', async () => {
    const f = fakeWorkers();
    const clock = fakeClock(0);
    const pool = createEnginePool({ spawn: f.spawn, size: 1, clock, stopGraceMs: 3000 });
    const running = pool.submit(f.job('r'));
    const queued = pool.submit(f.job('q'));
    await tick();
    expect(await pool.stop('q')).toEqual({ ok: true, value: undefined });
    expect(await queued).toMatchObject({ ok: false, error: { code: 'RUNTIME_E004' } });
    await pool.stop('r');
    await clock.advance(3000);
    expect(await running).toMatchObject({ ok: false, error: { code: 'RUNTIME_E002' } });
    expect(f.log).toEqual(['start r', 'stop r', 'terminate w1']);
    expect(await pool.stop('r')).toMatchObject({ ok: false, error: { code: 'RUNTIME_E005' } });
  });

  it('lets a run that honours Stop finish with its own result', async () => {
    const f = fakeWorkers();
    const clock = fakeClock(0);
    const pool = createEnginePool({ spawn: f.spawn, size: 1, clock, stopGraceMs: 3000 });
    const running = pool.submit(f.job('r'));
    await tick();
    await pool.stop('r');
    f.end('r');
    expect(await running).toEqual({ ok: true, value: 'r' });
    await clock.advance(5000);
    expect(f.log).toEqual(['start r', 'stop r']);
  });
});
