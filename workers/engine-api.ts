import { transfer } from 'comlink';
import JSZip from 'jszip';
import { defaultRegistry } from '../src/apps';
import type { HostCapability, ImageCodecPort, ModuleRegistry } from '../src/apps/contract';
import { createBrowserCodec } from '../src/apps/image/browser-codec';
import type { EngineApi } from '../src/bridge/engine-api';
import { WEFT_VERSION, ok } from '../src/shared';
import { WeftDb } from '../src/storage';
import { checkBlueprint } from './check-blueprint';
import { duplicateFile, noFiles, notRunning, unnamedFile } from './errors';
import type { Host } from './host';
import { runModule } from './run-module';
import { runOnce } from './run-once';
import { buffersIn } from './transferables';

export interface EngineApiDeps {
  /** The database (default: Weft's, opened on first use; tests pass a fake-indexeddb one). */
  db?: WeftDb;
  registry?: ModuleRegistry;
  fetch?: Host['fetch'];
  capabilities?: ReadonlySet<HostCapability>;
  /** The image codec (default: the browser's, `createImageBitmap` + `OffscreenCanvas`). */
  image?: ImageCodecPort;
}

/** What a dedicated worker can do: the image codec needs `createImageBitmap` and OffscreenCanvas. */
export function workerCapabilities(): ReadonlySet<HostCapability> {
  const caps: HostCapability[] = ['http', 'files', 'connections'];
  if (typeof OffscreenCanvas !== 'undefined' && typeof createImageBitmap !== 'undefined')
    caps.push('image');
  return new Set(caps);
}

/** The platform's fetch with the apps' request shape (headers as pairs, bytes or text body). */
const platformFetch: Host['fetch'] = (url, init) => fetch(url, init as RequestInit);

/**
 * The engine worker's implementation of the bridge interface. It lives in a plain module (not in
 * engine.worker.ts) so Node tests can import and call it without a worker. One worker may run
 * several runs at once; the pool gives each worker one run so terminating it ends only that run.
 */
export function createEngineApi(deps: EngineApiDeps = {}): EngineApi {
  let db = deps.db;
  const host: Host = {
    db: () => (db ??= new WeftDb()),
    registry: deps.registry ?? defaultRegistry,
    fetch: deps.fetch ?? platformFetch,
    capabilities: deps.capabilities ?? workerCapabilities(),
    image: deps.image ?? createBrowserCodec(),
    running: new Map(),
  };
  return {
    async version() {
      return WEFT_VERSION;
    },
    async selfTest(files) {
      if (files.length === 0) return noFiles();
      const names = new Set<string>();
      for (const f of files) {
        if (f.name.trim() === '') return unnamedFile();
        if (names.has(f.name)) return duplicateFile(f.name);
        names.add(f.name);
      }
      const zip = new JSZip();
      for (const f of files) zip.file(f.name, f.text);
      const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
      const report = { version: WEFT_VERSION, zip: bytes, entries: files.map((f) => f.name) };
      return transfer(ok(report), [bytes.buffer]);
    },
    async checkBlueprint(blueprint) {
      return checkBlueprint(blueprint, host.registry, host.capabilities);
    },
    async runOnce(request, onEvent) {
      const r = await runOnce(host, request, onEvent);
      return transfer(r, buffersIn(r));
    },
    async runModule(request) {
      const r = await runModule(host, request);
      return transfer(r, buffersIn(r));
    },
    async stop(executionId) {
      const run = host.running.get(executionId);
      if (!run) return notRunning(executionId);
      run.abort.abort();
      return ok(undefined);
    },
    async status() {
      const running = [...host.running.values()].map(({ abort: _abort, ...info }) => info);
      return { running, queued: 0, workers: 1 };
    },
  };
}
