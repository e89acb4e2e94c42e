/**
 * The relay's wire shapes (CONTRACTS.md §4–§5), shared by the Node relay and the browser's relay
 * client. Types and tiny pure helpers only: no Node or DOM APIs.
 */

/** One webhook request as the relay stored it (CONTRACTS.md §4). */
export interface StoredRequest {
  /** `<installation epoch>-<sequence>`: unique per installation, ordered by sequence. */
  eventId: string;
  hookId: string;
  method: string;
  /** The request path as received, e.g. `/hook/<id>` or `/hook/<id>/extra`. */
  path: string;
  /** The raw query string without `?` (`''` when none). */
  query: string;
  /** Header names lower-cased, in the order received; hop-by-hop headers dropped. */
  headers: [string, string][];
  /** The exact body bytes, base64 (`''` when empty). */
  bodyBase64: string;
  /** ISO 8601 UTC. */
  receivedAt: string;
}

/** Where a browser's relay is and who it is there (the token is a secret: stored encrypted). */
export interface RelayAccount {
  baseUrl: string;
  installationId: string;
  token: string;
}

/** `POST /api/installations` answer. The token is shown once; the relay keeps only its hash. */
export interface InstallationCreated {
  installationId: string;
  token: string;
}

/** `POST /api/hooks` answer. */
export interface HookCreated {
  id: string;
  url: string;
}

/** One entry of `GET /api/hooks` (`{ hooks: HookInfo[] }`). */
export interface HookInfo {
  id: string;
  url: string;
  name: string;
  enabled: boolean;
  respondTimeoutMs: number | null;
  /** Events stored and not yet acknowledged. */
  queued: number;
  createdAt: string;
  lastUsedAt: string | null;
}

/** `POST /api/responses/<eventId>` body: what the held webhook caller receives. */
export interface WebhookResponseBody {
  status: number;
  headers?: [string, string][];
  bodyBase64?: string;
}

/** `POST /api/ack` body. */
export interface AckBody {
  upTo: string;
}

/** Server-Sent Event names on `GET /api/stream`. */
export const relayStreamEvents = { request: 'request', heartbeat: 'heartbeat' } as const;

/** `data` of an `event: heartbeat` (no `id`, so `Last-Event-ID` is not moved). */
export interface HeartbeatData {
  time: string;
  /** Seconds until the next heartbeat: clients may treat ~2× this without one as a dead stream. */
  intervalSeconds: number;
}

/**
 * Builds an event id from an installation epoch and a sequence number.
 *
 * @example formatEventId('lx3k9a2b1c', 42) // 'lx3k9a2b1c-42'
 */
export function formatEventId(epoch: string, seq: number): string {
  return `${epoch}-${seq}`;
}

/**
 * Splits an event id into epoch and sequence; undefined when malformed.
 *
 * @example parseEventId('lx3k9a2b1c-42') // { epoch: 'lx3k9a2b1c', seq: 42 }
 */
export function parseEventId(id: string): { epoch: string; seq: number } | undefined {
  const m = /^([0-9a-z]{1,40})-(\d{1,15})$/.exec(id);
  if (!m) return undefined;
  const seq = Number(m[2]);
  return Number.isSafeInteger(seq) ? { epoch: m[1] as string, seq } : undefined;
}
