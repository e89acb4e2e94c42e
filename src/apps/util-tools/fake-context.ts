/**
 * A handler context for unit tests of the apps: memory data stores (writes apply at once),
 * recorded webhook responses, and whatever ports a test passes in.
 */
import type {
  DataStoreAccess,
  DataStructure,
  HandlerContext,
  RegisteredModule,
  WebhookResponse,
} from '../contract';

export interface FakeContext extends HandlerContext {
  readonly responses: WebhookResponse[];
  readonly stores: Map<string, Map<string, unknown>>;
}

/** Memory data stores in the shape handlers see. */
export function memoryStores(stores: Map<string, Map<string, unknown>>): DataStoreAccess {
  const store = (id: string) => {
    let s = stores.get(id);
    if (!s) stores.set(id, (s = new Map()));
    return s;
  };
  return {
    get: (id, key) => Promise.resolve(stores.get(id)?.get(key)),
    list: (id) => Promise.resolve([...store(id)].map(([key, data]) => ({ key, data }))),
    set: (id, key, data) => void store(id).set(key, data),
    delete: (id, key) => void store(id).delete(key),
    clear: (id) => store(id).clear(),
  };
}

/**
 * @example const ctx = fakeContext({ parameters: { datastore: 1 } });
 */
export function fakeContext(
  over: Partial<HandlerContext> & { structures?: Record<string, DataStructure> } = {},
): FakeContext {
  const vars = new Map<string, unknown>();
  const responses: WebhookResponse[] = [];
  const stores = new Map<string, Map<string, unknown>>();
  const structures = over.structures ?? {};
  return {
    moduleId: '2',
    parameters: {},
    scenarioId: 's',
    executionId: 'e',
    cycle: 1,
    timezone: 'UTC',
    now: () => new Date(0),
    signal: new AbortController().signal,
    variables: { get: (n) => vars.get(n), set: (n, v) => void vars.set(n, v) },
    increment: () => 1,
    dataStores: memoryStores(stores),
    http: undefined,
    files: undefined,
    connections: undefined,
    webhook: undefined,
    dataStructures: {
      get: (id) => structures[id],
      ofDataStore: (id) => structures[`datastore:${id}`],
    },
    respond: (r) => void responses.push(r),
    ...over,
    responses,
    stores,
  };
}

/** Runs a module's `run` and collects its bundles. */
export async function runModule(
  module: RegisteredModule,
  ctx: HandlerContext,
  input: unknown,
): Promise<unknown[]> {
  const run = module.handler.run;
  if (!run) throw new Error(`${module.spec.id} has no run`);
  return [...(await run(ctx, input))];
}
