import type { CounterPort, CounterReset, VariableScope } from '../apps/contract';

/** Variables and increment counters of one execution (DESIGN.md §5, Variables). */
export interface RunVariables {
  get(name: string): unknown;
  set(name: string, value: unknown, scope: VariableScope): void;
  increment(moduleKey: string, reset: CounterReset): number | Promise<number>;
  /** Start of a cycle: cycle variables and `run` counters reset. */
  newCycle(): void;
  executionSnapshot(): Record<string, unknown>;
}

/**
 * @example
 * const v = createRunVariables(counters, 'scn-1');
 * v.set('n', 1, 'roundtrip'); v.get('n'); // 1
 * v.newCycle(); v.get('n'); // undefined
 */
export function createRunVariables(counters: CounterPort, scenarioId: string): RunVariables {
  let cycle = new Map<string, unknown>();
  const execution = new Map<string, unknown>();
  let cycleCounters = new Map<string, number>();
  const executionCounters = new Map<string, number>();
  const bump = (m: Map<string, number>, key: string) => {
    const n = (m.get(key) ?? 0) + 1;
    m.set(key, n);
    return n;
  };
  return {
    get: (name) => (cycle.has(name) ? cycle.get(name) : execution.get(name)),
    set(name, value, scope) {
      if (scope === 'execution') {
        execution.set(name, value);
        cycle.delete(name);
      } else cycle.set(name, value);
    },
    increment(moduleKey, reset) {
      if (reset === 'run') return bump(cycleCounters, moduleKey);
      if (reset === 'execution') return bump(executionCounters, moduleKey);
      return counters.increment(`${scenarioId}:${moduleKey}`);
    },
    newCycle() {
      cycle = new Map();
      cycleCounters = new Map();
    },
    executionSnapshot: () => Object.fromEntries(execution),
  };
}
