/**
 * The relay's storage port. The SQLite backend (sqlite-store.ts) is the default; a Redis Streams
 * backend can implement the same interface to run several relays (docs/adr/0302).
 * Every write resolves only once it is durable.
 */

export interface Installation {
  id: string;
  epoch: string;
  /** Highest acknowledged sequence (0 = none). */
  ackedSeq: number;
  /** Highest sequence assigned so far (0 = none). */
  lastSeq: number;
}

export interface Hook {
  id: string;
  installationId: string;
  name: string;
  enabled: boolean;
  respondTimeoutMs: number | null;
  createdAt: number;
  lastUsedAt: number | null;
  /** Set when deleted (by the owner or by idle expiry): the hook then answers 410. */
  deletedAt: number | null;
}

/** A hook as read back, with its installation's epoch (needed to name its events). */
export interface StoredHook extends Hook {
  epoch: string;
}

/** A request to store; `body` is kept byte for byte. */
export interface NewEvent {
  installationId: string;
  hookId: string;
  receivedAt: number;
  method: string;
  path: string;
  query: string;
  headers: [string, string][];
  body: Uint8Array;
}

export interface StoredEvent extends NewEvent {
  seq: number;
}

export interface HookPatch {
  name?: string;
  enabled?: boolean;
  respondTimeoutMs?: number | null;
}

export interface SweepResult {
  expiredEvents: number;
  expiredHooks: number;
}

export interface RelayStore {
  createInstallation(inst: { id: string; tokenHash: string; epoch: string }): Promise<void>;
  installationByTokenHash(tokenHash: string): Promise<Installation | undefined>;
  createHook(hook: Omit<Hook, 'lastUsedAt' | 'deletedAt'>): Promise<void>;
  hook(id: string): Promise<StoredHook | undefined>;
  /** Live (not deleted) hooks of one installation. */
  hooks(installationId: string): Promise<StoredHook[]>;
  updateHook(id: string, patch: HookPatch): Promise<void>;
  /** Marks the hook deleted (410 from then on) and drops its queued events. */
  deleteHook(id: string): Promise<void>;
  /** Stored, not yet acknowledged events of a hook, including appends still being committed. */
  queued(hookId: string): number;
  /** Durably appends; resolves with the installation's new sequence number. */
  append(event: NewEvent): Promise<number>;
  /** Up to `limit` events of an installation with sequence > `afterSeq`, in order. */
  readAfter(installationId: string, afterSeq: number, limit: number): Promise<StoredEvent[]>;
  /** Deletes every event of the installation with sequence ≤ `upTo`; returns how many. */
  ack(installationId: string, upTo: number): Promise<number>;
  /** Deletes events received before `eventsBefore`, deletes hooks unused since `hooksIdleBefore`. */
  sweep(eventsBefore: number, hooksIdleBefore: number): Promise<SweepResult>;
  close(): Promise<void>;
}
