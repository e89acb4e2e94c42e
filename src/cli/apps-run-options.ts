/**
 * `weft run` options that feed the apps (CONTRACTS.md §2): `--requests <requests.json>` (stored
 * webhook requests for a Custom webhook trigger) and `--connection <id>=<connection.json>`.
 * Kept apart from run-options.ts so each app part adds its flags in its own file.
 */
import type { Connection } from '../apps';
import type { StoredRequest } from '../shared/relay-protocol';
import { readJsonFile } from './blueprint-file';

/** parseArgs specs of these flags. */
export const appsRunOptionSpecs = {
  requests: { type: 'string' },
  connection: { type: 'string', multiple: true },
} as const;

export interface AppsRunOptions {
  requests: StoredRequest[] | undefined;
  connections: Record<string, Connection>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** One StoredRequest (CONTRACTS.md §4); the fields parsing needs are required, ids defaulted. */
function storedRequest(v: unknown, i: number): StoredRequest | string {
  const at = `--requests: request [${i}]`;
  if (!isObject(v)) return `${at} must be an object`;
  for (const k of ['method', 'bodyBase64'] as const)
    if (typeof v[k] !== 'string') return `${at}: '${k}' must be text`;
  if (v.query !== undefined && typeof v.query !== 'string') return `${at}: 'query' must be text`;
  const headers = v.headers ?? [];
  const pairs =
    Array.isArray(headers) &&
    headers.every(
      (h) => Array.isArray(h) && h.length === 2 && h.every((x) => typeof x === 'string'),
    );
  if (!pairs) return `${at}: 'headers' must be [["name", "value"], …]`;
  const text = (k: string, fallback: string) => (typeof v[k] === 'string' ? v[k] : fallback);
  return {
    eventId: text('eventId', `cli-${i + 1}`),
    hookId: text('hookId', 'cli'),
    method: v.method as string,
    path: text('path', '/'),
    query: text('query', ''),
    headers: headers as [string, string][],
    bodyBase64: v.bodyBase64 as string,
    receivedAt: text('receivedAt', new Date(0).toISOString()),
  };
}

function readRequests(file: string): StoredRequest[] | string {
  const read = readJsonFile('--requests', file);
  if (!read.ok) return read.message;
  if (!Array.isArray(read.value)) return `--requests: '${file}' must hold a JSON array of requests`;
  const out: StoredRequest[] = [];
  for (const [i, v] of read.value.entries()) {
    const r = storedRequest(v, i);
    if (typeof r === 'string') return r;
    out.push(r);
  }
  return out;
}

function readConnection(spec: string): Connection | string {
  const eq = spec.indexOf('=');
  if (eq <= 0) return `--connection '${spec}' must look like <id>=<connection.json>`;
  const id = spec.slice(0, eq);
  const read = readJsonFile('--connection', spec.slice(eq + 1));
  if (!read.ok) return read.message;
  const v = read.value;
  if (!isObject(v) || typeof v.type !== 'string' || !isObject(v.data))
    return `--connection ${id}: the file must hold {"type": "apiKey"|"basic"|"bearer", "data": {…}}`;
  return { id, type: v.type, data: v.data };
}

/**
 * Reads the files these flags name. A string is the usage error (exit 2).
 *
 * @example parseAppsRunOptions({ connection: ['7=conn.json'] });
 */
export function parseAppsRunOptions(values: {
  requests?: string;
  connection?: string[];
}): AppsRunOptions | string {
  let requests: StoredRequest[] | undefined;
  if (values.requests !== undefined) {
    const r = readRequests(values.requests);
    if (typeof r === 'string') return r;
    requests = r;
  }
  const connections: Record<string, Connection> = {};
  for (const spec of values.connection ?? []) {
    const c = readConnection(spec);
    if (typeof c === 'string') return c;
    connections[c.id] = c;
  }
  return { requests, connections };
}
