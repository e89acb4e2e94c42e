/**
 * The SQLite writer: runs in a worker_thread (started by sqlite-store.ts with `eval`, so this
 * function must not reference anything outside its own body; it gets the worker's CommonJS
 * `require` as `load`, which bundlers leave alone). It owns the only write connection
 * and commits every message that arrived during the previous commit in ONE transaction (group
 * commit): with `synchronous=FULL` each commit is an fsync, and batching lets many concurrent
 * webhooks share one fsync while the main event loop keeps serving (docs/adr/0301).
 */
import type BetterSqlite3 from 'better-sqlite3';
import type * as WorkerThreads from 'node:worker_threads';
import type { Hook, HookPatch, NewEvent } from './store';

/** Main → writer: one operation, answered by a `WriterResult` with the same id. */
export type WriterOp =
  | { id: number; op: 'createInstallation'; args: [id: string, tokenHash: string, epoch: string] }
  | { id: number; op: 'append'; args: [NewEvent] }
  | { id: number; op: 'createHook'; args: [Omit<Hook, 'lastUsedAt' | 'deletedAt'>] }
  | { id: number; op: 'updateHook'; args: [id: string, patch: HookPatch] }
  | { id: number; op: 'deleteHook'; args: [id: string] }
  | { id: number; op: 'ack'; args: [installationId: string, upTo: number] }
  | { id: number; op: 'sweep'; args: [eventsBefore: number, hooksIdleBefore: number] };

export interface WriterResult {
  id: number;
  value?: unknown;
  error?: string;
}

/** Per-hook deleted counts, so the main thread can keep its queue counters exact. */
export type PerHook = [hookId: string, deleted: number][];

export interface WriterData {
  dbPath: string;
  sqlitePath: string;
}

/** The writer thread's whole program; see the file comment for why it is self-contained. */
export function sqliteWriterMain(load: (id: string) => unknown): void {
  const threads = load('node:worker_threads') as typeof WorkerThreads;
  const parentPort = threads.parentPort as WorkerThreads.MessagePort;
  const workerData = threads.workerData as WriterData;
  const Database = load(workerData.sqlitePath) as typeof BetterSqlite3;
  const db = new Database(workerData.dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS installations(id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE,
      epoch TEXT NOT NULL, last_seq INTEGER NOT NULL DEFAULT 0, acked_seq INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS hooks(id TEXT PRIMARY KEY, installation_id TEXT NOT NULL,
      name TEXT NOT NULL, enabled INTEGER NOT NULL, respond_timeout_ms INTEGER,
      created_at INTEGER NOT NULL, last_used_at INTEGER, deleted_at INTEGER);
    CREATE INDEX IF NOT EXISTS hooks_by_installation ON hooks(installation_id);
    CREATE TABLE IF NOT EXISTS events(installation_id TEXT NOT NULL, seq INTEGER NOT NULL,
      hook_id TEXT NOT NULL, received_at INTEGER NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL,
      query TEXT NOT NULL, headers TEXT NOT NULL, body BLOB NOT NULL, PRIMARY KEY(installation_id, seq));
    CREATE INDEX IF NOT EXISTS events_by_hook ON events(hook_id);
    CREATE INDEX IF NOT EXISTS events_by_time ON events(received_at);
  `);
  // Schema version 1; a later change migrates by this number.
  if (db.pragma('user_version', { simple: true }) === 0) db.pragma('user_version = 1');
  const q = {
    insertInstallation: db.prepare(
      'INSERT INTO installations(id, token_hash, epoch, created_at) VALUES (?, ?, ?, ?)',
    ),
    lastSeq: db.prepare('SELECT last_seq FROM installations WHERE id = ?').pluck(),
    setLastSeq: db.prepare('UPDATE installations SET last_seq = ? WHERE id = ?'),
    insertEvent: db.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    touchHook: db.prepare(
      'UPDATE hooks SET last_used_at = max(coalesce(last_used_at, 0), ?) WHERE id = ?',
    ),
    insertHook: db.prepare(
      'INSERT INTO hooks(id, installation_id, name, enabled, respond_timeout_ms, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    patchHook: db.prepare(
      'UPDATE hooks SET name = coalesce(?, name), enabled = coalesce(?, enabled), respond_timeout_ms = CASE WHEN ? THEN ? ELSE respond_timeout_ms END WHERE id = ?',
    ),
    deleteHook: db.prepare('UPDATE hooks SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
    deleteHookEvents: db.prepare('DELETE FROM events WHERE hook_id = ?'),
    ackCounts: db.prepare(
      'SELECT hook_id, count(*) AS n FROM events WHERE installation_id = ? AND seq <= ? GROUP BY hook_id',
    ),
    ackDelete: db.prepare('DELETE FROM events WHERE installation_id = ? AND seq <= ?'),
    setAcked: db.prepare('UPDATE installations SET acked_seq = max(acked_seq, ?) WHERE id = ?'),
    oldCounts: db.prepare(
      'SELECT hook_id, count(*) AS n FROM events WHERE received_at < ? GROUP BY hook_id',
    ),
    oldDelete: db.prepare('DELETE FROM events WHERE received_at < ?'),
    idleHooks: db
      .prepare(
        'SELECT id FROM hooks WHERE deleted_at IS NULL AND coalesce(last_used_at, created_at) < ?',
      )
      .pluck(),
  };
  const lastSeq = new Map<string, number>();
  let queue: WriterOp[] = [];
  const touched = new Map<string, number>();
  const counts = (rows: unknown[]): PerHook =>
    (rows as { hook_id: string; n: number }[]).map((r) => [r.hook_id, r.n]);
  let scheduled = false;

  const ops = {
    createInstallation(now: number, id: string, tokenHash: string, epoch: string) {
      q.insertInstallation.run(id, tokenHash, epoch, now);
      return null;
    },
    append(_now: number, e: NewEvent) {
      let seq = lastSeq.get(e.installationId);
      if (seq === undefined) seq = (q.lastSeq.get(e.installationId) as number | undefined) ?? 0;
      seq += 1;
      q.insertEvent.run(
        e.installationId,
        seq,
        e.hookId,
        e.receivedAt,
        e.method,
        e.path,
        e.query,
        JSON.stringify(e.headers),
        Buffer.from(e.body.buffer, e.body.byteOffset, e.body.byteLength),
      );
      lastSeq.set(e.installationId, seq);
      touched.set(e.hookId, Math.max(touched.get(e.hookId) ?? 0, e.receivedAt));
      return seq;
    },
    createHook(_now: number, h: Omit<Hook, 'lastUsedAt' | 'deletedAt'>) {
      q.insertHook.run(
        h.id,
        h.installationId,
        h.name,
        h.enabled ? 1 : 0,
        h.respondTimeoutMs,
        h.createdAt,
      );
      return null;
    },
    updateHook(_now: number, id: string, p: HookPatch) {
      const hasTimeout = p.respondTimeoutMs !== undefined;
      q.patchHook.run(
        p.name ?? null,
        p.enabled === undefined ? null : p.enabled ? 1 : 0,
        hasTimeout ? 1 : 0,
        hasTimeout ? p.respondTimeoutMs : null,
        id,
      );
      return null;
    },
    deleteHook(now: number, id: string) {
      q.deleteHook.run(now, id);
      return q.deleteHookEvents.run(id).changes;
    },
    ack(_now: number, installationId: string, upTo: number) {
      const perHook = counts(q.ackCounts.all(installationId, upTo));
      const deleted = q.ackDelete.run(installationId, upTo).changes;
      q.setAcked.run(upTo, installationId);
      return { deleted, perHook };
    },
    sweep(now: number, eventsBefore: number, hooksIdleBefore: number) {
      const perHook = counts(q.oldCounts.all(eventsBefore));
      const expiredEvents = q.oldDelete.run(eventsBefore).changes;
      const idle = q.idleHooks.all(hooksIdleBefore) as string[];
      for (const id of idle) {
        q.deleteHook.run(now, id);
        q.deleteHookEvents.run(id);
      }
      return { expiredEvents, expiredHooks: idle.length, perHook, idle };
    },
  };

  function flush(): void {
    scheduled = false;
    const batch = queue;
    queue = [];
    const now = Date.now();
    const results: WriterResult[] = [];
    touched.clear();
    const before = new Map(lastSeq);
    try {
      db.exec('BEGIN IMMEDIATE');
      for (const m of batch) {
        try {
          const op = ops[m.op] as (now: number, ...args: unknown[]) => unknown;
          results.push({ id: m.id, value: op(now, ...m.args) });
        } catch (e) {
          results.push({ id: m.id, error: String((e as Error).message ?? e) });
        }
      }
      for (const [inst, seq] of lastSeq) if (before.get(inst) !== seq) q.setLastSeq.run(seq, inst);
      for (const [hookId, at] of touched) q.touchHook.run(at, hookId);
      db.exec('COMMIT');
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK');
      lastSeq.clear();
      const message = `commit failed: ${String((e as Error).message ?? e)}`;
      parentPort.postMessage(batch.map((m) => ({ id: m.id, error: message })));
      return;
    }
    parentPort.postMessage(results);
  }

  parentPort.on('message', (m: WriterOp | 'close') => {
    if (m === 'close') {
      if (queue.length > 0) flush();
      db.close();
      parentPort.close();
      return;
    }
    queue.push(m);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
  parentPort.postMessage('ready');
}
