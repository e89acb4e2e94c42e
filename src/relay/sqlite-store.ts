import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { storeError } from './errors';
import {
  sqliteWriterMain,
  type PerHook,
  type WriterData,
  type WriterOp,
  type WriterResult,
} from './sqlite-writer';
import type {
  HookPatch,
  Installation,
  NewEvent,
  RelayStore,
  StoredEvent,
  StoredHook,
  SweepResult,
} from './store';

interface HookRow {
  id: string;
  installation_id: string;
  name: string;
  enabled: number;
  respond_timeout_ms: number | null;
  created_at: number;
  last_used_at: number | null;
  deleted_at: number | null;
  epoch: string;
}

interface EventRow {
  seq: number;
  installation_id: string;
  hook_id: string;
  received_at: number;
  method: string;
  path: string;
  query: string;
  headers: string;
  body: Buffer;
}

const toHook = (r: HookRow): StoredHook => ({
  id: r.id,
  installationId: r.installation_id,
  name: r.name,
  enabled: r.enabled === 1,
  respondTimeoutMs: r.respond_timeout_ms,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  deletedAt: r.deleted_at,
  epoch: r.epoch,
});

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

/**
 * Opens (creating if needed) `<dataDir>/relay.sqlite`: writes go to the group-commit writer
 * thread (sqlite-writer.ts), reads use a read-only connection here (WAL lets both run at once).
 *
 * @example const store = await openSqliteStore('/var/lib/weft-relay');
 */
export async function openSqliteStore(dataDir: string): Promise<RelayStore> {
  mkdirSync(dataDir, { recursive: true });
  const dbPath = path.join(dataDir, 'relay.sqlite');
  const sqlitePath = createRequire(import.meta.url).resolve('better-sqlite3');
  const workerData: WriterData = { dbPath, sqlitePath };
  const worker = new Worker(`(${sqliteWriterMain.toString()})(require)`, {
    eval: true,
    workerData,
  });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let failure: Error | undefined;
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  worker.on('message', (results: WriterResult[]) => {
    for (const r of results) {
      const p = pending.get(r.id);
      pending.delete(r.id);
      if (r.error === undefined) p?.resolve(r.value);
      else p?.reject(storeError(r.error));
    }
  });
  const fail = (e: Error) => {
    failure = storeError(`writer stopped: ${e.message}`);
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));

  function call<T>(op: WriterOp['op'], ...args: unknown[]): Promise<T> {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, op, args });
    });
  }

  const db = new Database(dbPath, { readonly: true });
  const q = {
    installation: db.prepare(
      'SELECT id, epoch, acked_seq AS ackedSeq, last_seq AS lastSeq FROM installations WHERE token_hash = ?',
    ),
    hook: db.prepare(
      'SELECT h.*, i.epoch FROM hooks h JOIN installations i ON i.id = h.installation_id WHERE h.id = ?',
    ),
    hooks: db.prepare(
      'SELECT h.*, i.epoch FROM hooks h JOIN installations i ON i.id = h.installation_id WHERE h.installation_id = ? AND h.deleted_at IS NULL ORDER BY h.created_at, h.id',
    ),
    after: db.prepare(
      'SELECT * FROM events WHERE installation_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
    counts: db.prepare('SELECT hook_id, count(*) AS n FROM events GROUP BY hook_id'),
  };
  // Queue counts live here (this process is the only writer) so the cap check costs nothing.
  const queued = new Map<string, number>();
  for (const r of q.counts.all() as { hook_id: string; n: number }[]) queued.set(r.hook_id, r.n);
  const add = (hookId: string, n: number) => {
    const v = (queued.get(hookId) ?? 0) + n;
    if (v > 0) queued.set(hookId, v);
    else queued.delete(hookId);
  };
  const subtract = (perHook: PerHook) => {
    for (const [hookId, n] of perHook) add(hookId, -n);
  };

  return {
    createInstallation: (i) => call('createInstallation', i.id, i.tokenHash, i.epoch),
    installationByTokenHash: async (hash) => q.installation.get(hash) as Installation | undefined,
    createHook: (h) => call('createHook', h),
    hook: async (id) => {
      const row = q.hook.get(id) as HookRow | undefined;
      return row && toHook(row);
    },
    hooks: async (installationId) => (q.hooks.all(installationId) as HookRow[]).map(toHook),
    updateHook: (id, patch: HookPatch) => call('updateHook', id, patch),
    deleteHook: async (id) => {
      await call('deleteHook', id);
      queued.delete(id);
    },
    queued: (hookId) => queued.get(hookId) ?? 0,
    append: async (event: NewEvent) => {
      add(event.hookId, 1);
      try {
        return await call<number>('append', event);
      } catch (e) {
        add(event.hookId, -1);
        throw e;
      }
    },
    readAfter: async (installationId, afterSeq, limit) =>
      (q.after.all(installationId, afterSeq, limit) as EventRow[]).map((r): StoredEvent => ({
        seq: r.seq,
        installationId: r.installation_id,
        hookId: r.hook_id,
        receivedAt: r.received_at,
        method: r.method,
        path: r.path,
        query: r.query,
        headers: JSON.parse(r.headers) as [string, string][],
        body: r.body,
      })),
    ack: async (installationId, upTo) => {
      const r = await call<{ deleted: number; perHook: PerHook }>('ack', installationId, upTo);
      subtract(r.perHook);
      return r.deleted;
    },
    sweep: async (eventsBefore, hooksIdleBefore): Promise<SweepResult> => {
      const r = await call<SweepResult & { perHook: PerHook; idle: string[] }>(
        'sweep',
        eventsBefore,
        hooksIdleBefore,
      );
      subtract(r.perHook);
      for (const id of r.idle) queued.delete(id);
      return { expiredEvents: r.expiredEvents, expiredHooks: r.expiredHooks };
    },
    close: async () => {
      db.close();
      if (failure) return;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('close');
      await exited;
    },
  };
}
