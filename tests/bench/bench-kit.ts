/** Shared bits of the apps benchmarks: a blueprint from a flow, a medianed timer. */
import { performance } from 'node:perf_hooks';
import { restoreBlueprint } from '../../src/domain';
import type { Blueprint } from '../../src/domain';

const gc = (globalThis as { gc?: () => void }).gc;

export function blueprintOf(flow: unknown[]): Blueprint {
  const r = restoreBlueprint({ name: 'bench', flow, metadata: { scenario: { roundtrips: 1 } } });
  if (!r.ok) throw new Error(r.error.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.value.blueprint;
}

/** Median milliseconds of each task over `rounds`, the two alternating so both see the same noise. */
export async function medians(
  tasks: Record<string, () => Promise<unknown>>,
  rounds: number,
): Promise<Record<string, number>> {
  const times: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, task] of Object.entries(tasks)) {
      gc?.();
      const t0 = performance.now();
      await task();
      (times[name] ??= []).push(performance.now() - t0);
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, list]) => {
      list.sort((a, b) => a - b);
      return [name, list[Math.floor(list.length / 2)] as number];
    }),
  );
}

export const clock = { now: () => new Date(0), elapsedMs: () => performance.now() };
