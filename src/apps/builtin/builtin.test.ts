import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../contract';
import { ModuleError } from '../contract';
import { defaultRegistry, moduleSpecs } from '../registry';

/** A handler context with only what these handlers use. */
function ctx(parameters: Record<string, unknown> = {}, cycle = 1): HandlerContext {
  const vars = new Map<string, unknown>();
  return {
    moduleId: '9',
    parameters,
    scenarioId: 's',
    executionId: 'e',
    cycle,
    timezone: 'UTC',
    now: () => new Date(0),
    signal: new AbortController().signal,
    variables: { get: (n) => vars.get(n), set: (n, v) => void vars.set(n, v) },
    increment: () => 1,
    dataStores: undefined as never,
    http: undefined,
    files: undefined,
    connections: undefined,
    webhook: { bundles: [{ a: 1 }, { a: 2 }, { a: 3 }] },
    respond: () => undefined,
  };
}
const handler = (id: string) => {
  const h = defaultRegistry.get(id)?.handler;
  if (!h) throw new Error(`no handler for ${id}`);
  return h;
};

describe('builtin and util registry', () => {
  it('implements every flow-control and tool module of CONTRACTS.md §3', () => {
    const expected = [
      'builtin:BasicRouter',
      'builtin:BasicFeeder',
      'builtin:BasicRepeater',
      'builtin:BasicAggregator',
      'builtin:Ignore',
      'builtin:Resume',
      'builtin:Commit',
      'builtin:Rollback',
      'builtin:Break',
      'util:SetVariable2',
      'util:SetVariables',
      'util:GetVariable2',
      'util:GetVariables',
      'util:SetVariable',
      'util:GetVariable',
      'util:FunctionIncrement',
      'util:ComposeTransformer',
      'util:Switcher',
      'util:BasicTrigger',
      'util:TextAggregator',
      'util:FunctionAggregator2',
      'util:AggregateAggregator',
      'util:FunctionSleep',
      'util:ConvertEncoding',
    ];
    const flowAndTools = [...moduleSpecs.keys()].filter((id) => /^(builtin|util):/.test(id));
    expect(flowAndTools.sort()).toEqual(expected.filter((id) => !id.startsWith('gateway:')).sort());
    expect(moduleSpecs.has('gateway:CustomWebHook')).toBe(true);
    expect(moduleSpecs.get('builtin:BasicFeeder')?.label).toBe('Iterator');
    expect(moduleSpecs.get('builtin:BasicAggregator')?.output.map((f) => f.name)).toEqual([
      'array',
    ]);
    expect(moduleSpecs.get('gateway:CustomWebHook')?.label).toBe('Custom webhook');
  });
});

describe('builtin handlers', () => {
  // [iterator] over a non-array value and over nothing
  it('iterator wraps a single value and gives nothing for a missing array', () => {
    const feeder = handler('builtin:BasicFeeder');
    const run = (input: unknown) => [...((feeder.run?.(ctx(), input) ?? []) as Iterable<unknown>)];
    expect(run({ array: 'x' })).toEqual([{ value: 'x', __IMTINDEX__: 1, __IMTLENGTH__: 1 }]);
    expect(run({ array: null })).toEqual([]);
    expect(run({})).toEqual([]);
  });

  // [repeater] with defaults and out-of-range repeats
  it('repeater defaults start and step to 1 and rejects more than 10,000 repeats', () => {
    const run = handler('builtin:BasicRepeater').run;
    expect(run?.(ctx(), { repeats: '3' })).toEqual([{ i: 1 }, { i: 2 }, { i: 3 }]);
    expect(() => run?.(ctx(), { repeats: 10001 })).toThrow(ModuleError);
  });

  // [switch] plain and regex cases
  it('switch returns the first matching case, else the else output', () => {
    const run = handler('util:Switcher').run;
    const casesTable = [
      { pattern: 'a', output: 1 },
      { pattern: '^b', output: 2 },
    ];
    expect(run?.(ctx(), { input: 'a', casesTable })).toEqual([{ output: 1 }]);
    expect(run?.(ctx(), { input: 'bee', casesTable, elseOutput: 'no' })).toEqual([
      { output: 'no' },
    ]);
    expect(run?.(ctx(), { input: 'bee', casesTable, useRegExpMatch: true })).toEqual([
      { output: 2 },
    ]);
  });

  // [text aggregator] separators; [table aggregator] defaults
  it('text and table aggregators join with their separators', () => {
    const text = handler('util:TextAggregator').aggregate;
    const items = [{ value: 'a' }, { value: 2 }];
    expect(text?.(ctx({ rowSeparator: '\t' }), items)).toEqual({ text: 'a\t2' });
    expect(text?.(ctx({ rowSeparator: '' }), items)).toEqual({ text: 'a2' });
    const table = handler('util:AggregateAggregator').aggregate;
    expect(
      table?.(ctx({}), [
        { a: 1, b: 'x' },
        { a: 2, b: 'y' },
      ]),
    ).toEqual({ text: '1\tx\n2\ty' });
  });

  // [numeric aggregator] over no items
  it('numeric aggregator gives 0 for sum and count of nothing, null for avg/min/max', () => {
    const agg = handler('util:FunctionAggregator2').aggregate;
    expect(['sum', 'count', 'avg', 'min', 'max'].map((fn) => agg?.(ctx({ fn }), []))).toEqual([
      { result: 0 },
      { result: 0 },
      { result: null },
      { result: null },
      { result: null },
    ]);
    expect(agg?.(ctx({ fn: 'SUM' }), [{ value: '2' }, { value: 'x' }, { value: 3 }])).toEqual({
      result: 5,
    });
  });

  // [basic trigger] in cycle 1 and 2; [custom webhook] sliced by maxResults
  it('triggers emit their bundles per cycle', () => {
    const basic = handler('util:BasicTrigger').read;
    const values = [{ spec: [{ name: 'a', value: 1 }] }, { spec: [] }];
    expect(basic?.(ctx({ values }))).toEqual([{ a: 1 }, {}]);
    expect(basic?.(ctx({ values }, 2))).toEqual([]);
    const hook = handler('gateway:CustomWebHook').read;
    expect(hook?.(ctx({ maxResults: 2 }, 2))).toEqual([{ a: 3 }]);
    expect(hook?.(ctx({}))).toHaveLength(3);
  });
});
