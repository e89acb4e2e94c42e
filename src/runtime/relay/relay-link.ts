import { inboxRepo, liveQuery, relayAccountRepo, type WeftDb } from '../../storage';
import type { RelayAccount } from '../../shared/relay-protocol';
import { relayApi, type RelayApi } from './relay-api';
import { createRelayStream, type RelayStreamStatus } from './relay-stream';
import { createWebhookDispatcher, type WebhookDispatchDeps } from './webhook-dispatch';

export interface RelayLinkDeps {
  db: WeftDb;
  run: WebhookDispatchDeps['run'];
  fetch?: typeof fetch;
  onStatus?: (status: RelayStreamStatus | { state: 'no-relay' }) => void;
}

/**
 * The leader tab's link to the relay: holds the event stream of this browser's installation
 * (once the Webhooks page has connected one), writes every request to the inbox, acks it, and
 * kicks the dispatcher that feeds instant scenarios. Follows changes of the stored account and
 * of scenarios (live queries); requests left in the inbox by an earlier session run on start.
 *
 * @example const link = startRelayLink({ db, run: service.run }); … await link.stop();
 */
export function startRelayLink(deps: RelayLinkDeps) {
  const { db } = deps;
  const inbox = inboxRepo(db);
  let api: RelayApi | undefined;
  let stream: ReturnType<typeof createRelayStream> | undefined;
  let current: string | undefined;
  const dispatcher = createWebhookDispatcher({
    db,
    run: deps.run,
    respond: async (eventId, body) => {
      const r = await api?.respond(eventId, body);
      if (r && !r.ok) throw new Error(r.error.message);
    },
  });

  const follow = async (account: RelayAccount | undefined) => {
    const key = account ? `${account.baseUrl} ${account.installationId}` : undefined;
    if (key === current) return;
    current = key;
    await stream?.stop();
    stream = undefined;
    api = undefined;
    if (!account) return deps.onStatus?.({ state: 'no-relay' });
    api = relayApi(account, deps.fetch);
    stream = createRelayStream({
      account,
      fetch: deps.fetch,
      onStatus: deps.onStatus,
      store: async (requests) => {
        await inbox.add(requests);
        void dispatcher.kick();
      },
    });
    stream.start();
  };

  const accounts = relayAccountRepo(db);
  const watchAccount = liveQuery(() => db.settings.get('relay.account')).subscribe({
    next: () =>
      void accounts.load().then(follow, (e: unknown) => console.error('Weft: relay account', e)),
    error: () => undefined,
  });
  const watchScenarios = liveQuery(() => db.scenarios.toArray()).subscribe({
    next: () => void dispatcher.kick(),
    error: () => undefined,
  });
  void dispatcher.kick();

  return {
    /** Looks for waiting requests now (after a run, or when a test wants it). */
    kick: () => dispatcher.kick(),
    async stop(): Promise<void> {
      watchAccount.unsubscribe();
      watchScenarios.unsubscribe();
      dispatcher.stop();
      await stream?.stop();
    },
  };
}
