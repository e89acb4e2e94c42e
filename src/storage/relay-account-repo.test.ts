import { describe, expect, it } from 'vitest';
import { relayAccountRepo } from './relay-account-repo';
import { testDb } from './test-db';

describe('relayAccountRepo', () => {
  it('keeps the account and never stores the token in clear text', async () => {
    const db = testDb();
    const repo = relayAccountRepo(db);
    expect(await repo.load()).toBeUndefined();
    const account = {
      baseUrl: 'http://127.0.0.1:8080/',
      installationId: 'i1',
      token: 'secret-token-123',
    };
    await repo.save(account);
    expect(await repo.load()).toEqual(account);
    const raw = JSON.stringify(await db.settings.get('relay.account'));
    expect(raw).not.toContain('secret-token-123');
    await repo.forget();
    expect(await repo.load()).toBeUndefined();
  });
});
