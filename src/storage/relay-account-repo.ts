import type { RelayAccount } from '../shared/relay-protocol';
import type { WeftDb } from './db';
import { deviceKey } from './device-key';
import type { EncryptedSecret } from './records';
import { openSecret, sealSecret } from './secret-box';

const KEY = 'relay.account';

interface StoredRelayAccount {
  baseUrl: string;
  installationId: string;
  /** The bearer token, sealed under the device key like connection secrets. */
  token: EncryptedSecret;
}

/**
 * This browser's relay installation (CONTRACTS.md §5): one per device, kept in `settings` with
 * its token encrypted at rest. The only writer of the `relay.account` setting.
 *
 * @example await relayAccountRepo(db).save({ baseUrl, installationId, token });
 */
export function relayAccountRepo(db: WeftDb) {
  return {
    async load(): Promise<RelayAccount | undefined> {
      const row = await db.settings.get(KEY);
      if (!row) return undefined;
      const stored = row.value as StoredRelayAccount;
      const token = (await openSecret(await deviceKey(db), stored.token)) as string;
      return { baseUrl: stored.baseUrl, installationId: stored.installationId, token };
    },
    async save(account: RelayAccount): Promise<void> {
      const token = await sealSecret(await deviceKey(db), account.token);
      const value: StoredRelayAccount = {
        baseUrl: account.baseUrl,
        installationId: account.installationId,
        token,
      };
      await db.settings.put({ key: KEY, value });
    },
    forget: () => db.settings.delete(KEY),
  };
}
