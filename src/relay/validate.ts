import type { WebhookResponseBody } from '../shared/relay-protocol';
import type { RelayConfig } from './config';
import { relayProblem, type RelayProblem } from './errors';
import type { HookPatch } from './store';

type Checked<T> = { ok: true; value: T } | { ok: false; problem: RelayProblem };

const bad = (path: string, message: string): Checked<never> => ({
  ok: false,
  problem: relayProblem('RELAY_R001', message, path),
});

/**
 * Checks a hook body (`POST /api/hooks`, `PATCH /api/hooks/<id>`) against the keys allowed there.
 *
 * @example validateHookPatch({ name: 'Orders' }, config, ['name']) // { ok: true, value: { name: 'Orders' } }
 */
export function validateHookPatch(
  body: Record<string, unknown>,
  config: RelayConfig,
  allowed: (keyof HookPatch)[],
): Checked<HookPatch> {
  const out: HookPatch = {};
  for (const key of Object.keys(body)) {
    if (!(allowed as string[]).includes(key)) return bad(key, `Unknown field '${key}'`);
  }
  if (body.name !== undefined) {
    if (typeof body.name !== 'string' || body.name.length > 200)
      return bad('name', 'name must be a string of at most 200 characters');
    out.name = body.name;
  }
  if (body.enabled !== undefined) {
    if (typeof body.enabled !== 'boolean') return bad('enabled', 'enabled must be true or false');
    out.enabled = body.enabled;
  }
  if (body.respondTimeoutMs !== undefined) {
    const t = body.respondTimeoutMs;
    const max = config.respondTimeoutMaxMs;
    if (t !== null && (typeof t !== 'number' || !Number.isInteger(t) || t < 1 || t > max)) {
      return bad(
        'respondTimeoutMs',
        `respondTimeoutMs must be null or an integer from 1 to ${max}`,
      );
    }
    out.respondTimeoutMs = t;
  }
  return { ok: true, value: out };
}

/**
 * Checks a `POST /api/responses/<eventId>` body; headers and body default to none.
 *
 * @example validateResponse({ status: 201 }) // { ok: true, value: { status: 201, headers: [], bodyBase64: '' } }
 */
export function validateResponse(
  body: Record<string, unknown>,
): Checked<Required<WebhookResponseBody>> {
  const { status, headers = [], bodyBase64 = '' } = body;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599) {
    return bad('status', 'status must be an integer from 200 to 599');
  }
  const validHeaders =
    Array.isArray(headers) &&
    headers.every(
      (h) =>
        Array.isArray(h) &&
        h.length === 2 &&
        typeof h[0] === 'string' &&
        /^[!#$%&'*+.^_`|~\w-]+$/.test(h[0]) &&
        typeof h[1] === 'string' &&
        !/[\r\n\0]/.test(h[1]),
    );
  if (!validHeaders)
    return bad('headers', 'headers must be [name, value] pairs of valid HTTP tokens');
  if (typeof bodyBase64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(bodyBase64)) {
    return bad('bodyBase64', 'bodyBase64 must be base64');
  }
  return { ok: true, value: { status, headers: headers as [string, string][], bodyBase64 } };
}
