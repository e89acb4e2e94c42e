import { For, Show, createResource, createSignal, onCleanup, type JSX } from 'solid-js';
import { registerInstallation, relayApi } from '../../runtime';
import type { HookInfo, RelayAccount } from '../../shared/relay-protocol';
import { relayAccountRepo, type InboxRecord } from '../../storage';
import { EmptyState, Page } from '../components/page';
import { formatTime } from '../format';
import { Icon } from '../icons';
import { createLiveQuery } from '../live';
import { useServices } from '../services';

/**
 * Webhooks: the relay hooks of this browser (public URLs that start scenarios) and the requests
 * they received. The first visit connects this browser to a relay (by default the server that
 * serves the app).
 */
/** Respond timeout of hooks that wait for the scenario's Webhook response (Make allows 180 s). */
const RESPOND_TIMEOUT_MS = 30_000;

export function WebhooksPage(): JSX.Element {
  const { db, runtime } = useServices();
  const [relayState, setRelayState] = createSignal(runtime.state().relay);
  onCleanup(runtime.subscribe((s) => setRelayState(s.relay)));
  const streamText = () => {
    const r = relayState();
    if (r === null) return 'Another Weft tab or window receives the requests.';
    if (r.state === 'open') return 'Receiving requests.';
    if (r.state === 'connecting') return 'Connecting to the relay…';
    if (r.state === 'waiting')
      return `The relay cannot be reached (${r.reason}); trying again in ${Math.ceil(r.retryInMs / 1000)} s. Requests wait there meanwhile.`;
    if (r.state === 'stopped') return r.reason ?? 'Not receiving requests.';
    return 'Not connected to a relay yet.';
  };
  const accounts = relayAccountRepo(db);
  const [account, { mutate: setAccount }] = createResource(() => accounts.load());
  const [message, setMessage] = createSignal('');
  const inbox = createLiveQuery(
    () => db.webhookInbox.orderBy('receivedAt').reverse().limit(50).toArray(),
    [] as InboxRecord[],
  );
  const connect = async (baseUrl: string) => {
    setMessage('');
    const r = await registerInstallation(baseUrl);
    if (!r.ok) return setMessage(r.error.message);
    await accounts.save(r.value);
    setAccount(r.value);
  };
  return (
    <Page
      title="Webhooks"
      description="Public URLs that start your scenarios. Requests wait at the relay while the app is closed."
    >
      <Show when={message()}>
        <p class="error" role="alert">
          {message()}
        </p>
      </Show>
      <Show
        when={account()}
        fallback={<Show when={!account.loading}>{<ConnectRelay onConnect={connect} />}</Show>}
      >
        {(a) => (
          <>
            <p class="muted" role="status" data-testid="relay-status">
              {streamText()}
            </p>
            <HookList account={a()} onError={setMessage} />
          </>
        )}
      </Show>
      <section class="panel">
        <h2>Recent requests</h2>
        <Show
          when={inbox().length > 0}
          fallback={<p class="muted">No requests yet. They appear here as they reach a hook.</p>}
        >
          <table class="table">
            <thead>
              <tr>
                <th>Received</th>
                <th>Method</th>
                <th>Hook</th>
                <th>State</th>
              </tr>
            </thead>
            <tbody>
              <For each={inbox()}>
                {(r) => (
                  <tr>
                    <td>{formatTime(r.receivedAt)}</td>
                    <td class="mono">{(r.request as { method?: string }).method ?? ''}</td>
                    <td class="mono">{r.hookId}</td>
                    <td>{r.state === 'new' ? 'waiting' : 'processed'}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </section>
    </Page>
  );
}

function ConnectRelay(props: { onConnect: (baseUrl: string) => Promise<unknown> }): JSX.Element {
  const [url, setUrl] = createSignal(location.origin + '/');
  const [busy, setBusy] = createSignal(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    await props.onConnect(url());
    setBusy(false);
  };
  return (
    <form class="panel" onSubmit={(e) => void submit(e)}>
      <h2>Connect to a relay</h2>
      <p class="muted">
        The relay gives this browser public webhook URLs and keeps requests until Weft takes them.
        The server that serves this app is one.
      </p>
      <div class="field">
        <label for="relay-url">Relay address</label>
        <input
          id="relay-url"
          class="input"
          value={url()}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
      </div>
      <button class="btn btn-primary" type="submit" disabled={busy()}>
        Connect
      </button>
    </form>
  );
}

function HookList(props: { account: RelayAccount; onError: (m: string) => void }): JSX.Element {
  // The account of this page's lifetime: reconnecting replaces the whole list.
  // eslint-disable-next-line solid/reactivity
  const api = relayApi(props.account);
  const [hooks, { refetch }] = createResource(async () => {
    const r = await api.listHooks();
    if (!r.ok) {
      props.onError(r.error.message);
      return [] as HookInfo[];
    }
    return r.value;
  });
  const [name, setName] = createSignal('');
  const [waits, setWaits] = createSignal(false);
  const act = async (r: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const res = await r;
    if (!res.ok) props.onError(res.error?.message ?? 'The relay refused the change.');
    else props.onError('');
    void refetch();
  };
  const create = (e: Event) => {
    e.preventDefault();
    const respondTimeoutMs = waits() ? RESPOND_TIMEOUT_MS : undefined;
    void act(api.createHook({ name: name().trim() || 'Webhook', respondTimeoutMs })).then(() =>
      setName(''),
    );
  };
  return (
    <section class="panel">
      <form class="toolbar row" onSubmit={create}>
        <input
          class="input"
          aria-label="New webhook name"
          placeholder="Name of a new webhook"
          value={name()}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <label
          class="row"
          title="The caller waits (up to 30 s) for the scenario's Webhook response"
        >
          <input
            type="checkbox"
            checked={waits()}
            onChange={(e) => setWaits(e.currentTarget.checked)}
          />
          Wait for a Webhook response
        </label>
        <button class="btn btn-primary" type="submit">
          <Icon name="plus" size={18} />
          Add webhook
        </button>
      </form>
      <Show
        when={(hooks() ?? []).length > 0}
        fallback={
          <EmptyState title="No webhooks yet">
            Add one to get a URL that starts a scenario when something calls it.
          </EmptyState>
        }
      >
        <table class="table">
          <thead>
            <tr>
              <th>Name</th>
              <th>URL</th>
              <th>Answer</th>
              <th class="num">Queued</th>
              <th>Enabled</th>
              <th class="num">Actions</th>
            </tr>
          </thead>
          <tbody>
            <For each={hooks()}>
              {(h) => (
                <tr>
                  <td>
                    <input
                      class="input input-inline"
                      aria-label={`Name of webhook ${h.name}`}
                      value={h.name}
                      onChange={(e) =>
                        void act(api.updateHook(h.id, { name: e.currentTarget.value }))
                      }
                    />
                  </td>
                  <td>
                    <div class="url-cell">
                      <span class="mono">{h.url}</span>
                      <button
                        class="btn btn-ghost"
                        aria-label={`Copy URL of ${h.name}`}
                        onClick={() => void navigator.clipboard?.writeText(h.url)}
                      >
                        Copy
                      </button>
                    </div>
                  </td>
                  <td class="muted">
                    {h.respondTimeoutMs ? 'Webhook response' : 'Accepted at once'}
                  </td>
                  <td class="num">{h.queued}</td>
                  <td>
                    <label class="switch">
                      <input
                        type="checkbox"
                        role="switch"
                        checked={h.enabled}
                        aria-label={`Webhook ${h.name} enabled`}
                        onChange={(e) =>
                          void act(api.updateHook(h.id, { enabled: e.currentTarget.checked }))
                        }
                      />
                    </label>
                  </td>
                  <td class="num">
                    <button
                      class="btn btn-icon"
                      aria-label={`Delete webhook ${h.name}`}
                      onClick={() => void act(api.deleteHook(h.id))}
                    >
                      <Icon name="trash" size={18} />
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
