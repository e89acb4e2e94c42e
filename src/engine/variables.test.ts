import { describe, expect, it } from 'vitest';
import { bp, m, outputOf, run } from '../../tests/blueprints/kit';
import { createMemoryCounters } from './memory-ports';

describe('variables and counters', () => {
  // cycle k: [1 trigger maxResults 1] → [2 get x, y] → [3 set x={{1.n}} (cycle), y={{1.n}} (execution)]
  it('keep cycle variables for one cycle and execution variables for the run', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger', { parameters: { maxResults: 1 } }),
      m(2, 'util:GetVariables', { mapper: { variables: [{ name: 'x' }, { name: 'y' }] } }),
      m(3, 'util:SetVariable2', { mapper: { name: 'x', scope: 'roundtrip', value: '{{1.n}}' } }),
      m(4, 'util:SetVariables', {
        mapper: { scope: 'execution', variables: [{ name: 'y', value: '{{1.n}}' }] },
      }),
      m(5, 'util:GetVariable2', { mapper: { name: 'x' } }),
    ]);
    const { record } = await run(blueprint, { triggerBundles: [{ n: 1 }, { n: 2 }], maxCycles: 2 });
    expect(outputOf(record, 2)).toEqual([
      { x: undefined, y: undefined },
      { x: undefined, y: 1 },
    ]);
    expect(outputOf(record, 3)).toEqual([{ x: 1 }, { x: 2 }]);
    expect(outputOf(record, 5)).toEqual([{ x: 1 }, { x: 2 }]);
  });

  // [1 legacy set "weather"] → [2 legacy get "weather"]
  it('give legacy Set/Get variable output as `value`', async () => {
    const blueprint = bp([
      m(1, 'util:SetVariable', { mapper: { name: 'weather', value: 'sunny' } }),
      m(2, 'util:GetVariable', { mapper: { name: 'weather' } }),
    ]);
    const { record } = await run(blueprint);
    expect(outputOf(record, 1)).toEqual([{ value: 'sunny' }]);
    expect(outputOf(record, 2)).toEqual([{ value: 'sunny' }]);
  });

  // [1 trigger maxResults 1, 2 cycles] → [2 increment reset=run] → [3 increment execution] → [4 increment never]
  it('reset increments per cycle, per execution, or never', async () => {
    const blueprint = bp([
      m(1, 'test:Trigger', { parameters: { maxResults: 1 } }),
      m(2, 'util:FunctionIncrement', { parameters: { reset: 'run' } }),
      m(3, 'util:FunctionIncrement', { parameters: { reset: 'execution' } }),
      m(4, 'util:FunctionIncrement', { parameters: { reset: 'scenario' } }),
    ]);
    const counters = createMemoryCounters();
    const options = { triggerBundles: [{}, {}], maxCycles: 2 };
    const first = await run(blueprint, options, {}, { counters });
    const second = await run(blueprint, options, {}, { counters });
    expect(outputOf(first.record, 2)).toEqual([{ i: 1 }, { i: 1 }]);
    expect(outputOf(first.record, 3)).toEqual([{ i: 1 }, { i: 2 }]);
    expect(outputOf(second.record, 3)).toEqual([{ i: 1 }, { i: 2 }]);
    expect(outputOf(second.record, 4)).toEqual([{ i: 3 }, { i: 4 }]);
  });
});
