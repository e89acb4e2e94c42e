import type { HandlerContext, RegisteredModule } from '../contract';

/**
 * A handler context for unit tests of this part's modules: only what they use is real.
 *
 * @example await getFile.handler.run?.(testContext({ files }), { path: '/a.txt' });
 */
export function testContext(over: Partial<HandlerContext> = {}): HandlerContext {
  return {
    moduleId: '1',
    parameters: {},
    scenarioId: 's1',
    executionId: 'e1',
    cycle: 1,
    timezone: 'UTC',
    now: () => new Date('2026-11-30T10:00:00.000Z'),
    signal: new AbortController().signal,
    variables: { get: () => undefined, set: () => undefined },
    increment: () => 1,
    dataStores: undefined as never,
    http: undefined,
    files: undefined,
    connections: undefined,
    webhook: undefined,
    respond: () => undefined,
    ...over,
  };
}

/** Runs a module's `run` and returns its bundles as an array. */
export async function runModule(
  module: RegisteredModule,
  ctx: HandlerContext,
  input: unknown,
): Promise<unknown[]> {
  const run = module.handler.run;
  if (!run) throw new Error(`${module.spec.id} has no run`);
  return [...(await run(ctx, input))];
}

/** Runs a module's `aggregate` over items. */
export async function aggregateModule(
  module: RegisteredModule,
  ctx: HandlerContext,
  items: unknown[],
): Promise<unknown> {
  const aggregate = module.handler.aggregate;
  if (!aggregate) throw new Error(`${module.spec.id} has no aggregate`);
  return aggregate(ctx, items);
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
export const text = (b: unknown): string => new TextDecoder().decode(b as Uint8Array);
