import type {
  HookCreated,
  HookInfo,
  InstallationCreated,
  RelayAccount,
  WebhookResponseBody,
} from '../../shared/relay-protocol';
import { err, ok, type Result } from '../../shared';

export type { RelayAccount };

/**
 * The relay's HTTP API (CONTRACTS.md §5) for the browser. Every call resolves to a `Result`: a
 * relay that is down or answers an error gives a message a person can act on, never a throw.
 *
 * @example
 * const api = relayApi(account); const hook = await api.createHook({ name: 'Orders' });
 */
export function relayApi(account: RelayAccount, fetchFn: typeof fetch = fetch) {
  const call = <T>(method: string, path: string, body?: unknown) =>
    request<T>(fetchFn, account.baseUrl, method, path, body, account.token);
  return {
    createHook: (opts: { name?: string; respondTimeoutMs?: number }) =>
      call<HookCreated>('POST', '/api/hooks', opts),
    listHooks: async (): Promise<Result<HookInfo[]>> => {
      const r = await call<{ hooks: HookInfo[] }>('GET', '/api/hooks');
      return r.ok ? ok(r.value.hooks) : r;
    },
    updateHook: (
      id: string,
      patch: { name?: string; enabled?: boolean; respondTimeoutMs?: number | null },
    ) => call<unknown>('PATCH', `/api/hooks/${encodeURIComponent(id)}`, patch),
    deleteHook: (id: string) => call<unknown>('DELETE', `/api/hooks/${encodeURIComponent(id)}`),
    ack: (upTo: string) => call<unknown>('POST', '/api/ack', { upTo }),
    respond: (eventId: string, body: WebhookResponseBody) =>
      call<unknown>('POST', `/api/responses/${encodeURIComponent(eventId)}`, body),
  };
}

export type RelayApi = ReturnType<typeof relayApi>;

/** Registers this browser as a new installation (the token is shown once: keep it). */
export async function registerInstallation(
  baseUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<Result<RelayAccount>> {
  const r = await request<InstallationCreated>(fetchFn, baseUrl, 'POST', '/api/installations', {});
  return r.ok ? ok({ baseUrl, installationId: r.value.installationId, token: r.value.token }) : r;
}

async function request<T>(
  fetchFn: typeof fetch,
  baseUrl: string,
  method: string,
  path: string,
  body: unknown,
  token?: string,
): Promise<Result<T>> {
  const url = new URL(path, baseUrl).toString();
  let res: Response;
  try {
    res = await fetchFn(url, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return err(
      'RELAY_C001',
      `Cannot reach the relay at ${baseUrl}: it may be stopped or this device is offline.`,
    );
  }
  const text = await res.text();
  if (!res.ok) {
    let message = `The relay answered ${res.status}.`;
    try {
      const parsed = JSON.parse(text) as { error?: { message?: string } };
      if (parsed.error?.message)
        message = `The relay answered ${res.status}: ${parsed.error.message}`;
    } catch {
      // not JSON: keep the status line
    }
    return err(res.status === 401 ? 'RELAY_C401' : `RELAY_C${res.status}`, message);
  }
  try {
    return ok((text === '' ? undefined : JSON.parse(text)) as T);
  } catch {
    return err('RELAY_C002', `The relay's answer to ${method} ${path} is not JSON.`);
  }
}
