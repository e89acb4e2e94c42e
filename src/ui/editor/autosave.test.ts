import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from './autosave';

describe('createAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the last of several quick changes once, after the delay', async () => {
    const saved: number[] = [];
    const a = createAutosave(async (v: number) => void saved.push(v), 300);
    a.schedule(1);
    a.schedule(2);
    a.schedule(3);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(saved).toEqual([3]);
  });

  it('saves nothing before the first change, and flushes a pending change at once', async () => {
    const saved: string[] = [];
    const a = createAutosave(async (v: string) => void saved.push(v), 300);
    await a.flush();
    expect(saved).toEqual([]);
    a.schedule('x');
    await a.flush();
    expect(saved).toEqual(['x']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['x']);
  });
});
