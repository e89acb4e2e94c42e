import { newId } from '../shared';
import type { WeftDb } from './db';
import { deviceKey } from './device-key';
import { notFound } from './errors';
import type { ConnectionRecord } from './records';
import { openSecret, sealSecret } from './secret-box';
import { guardWrite } from './write-guard';

export interface ConnectionInput {
  name: string;
  type: string;
  params?: Record<string, unknown>;
  /** Credentials (API key, password, tokens): encrypted before they reach IndexedDB. */
  secret?: unknown;
}

/** The only writer of `connections`. Secrets are sealed with the device key (DESIGN.md §7). */
export function connectionsRepo(db: WeftDb) {
  const seal = async (secret: unknown) =>
    secret === undefined ? null : sealSecret(await deviceKey(db), secret);
  return {
    list: () => db.connections.orderBy('name').toArray(),
    get: (id: string) => db.connections.get(id),
    async create(input: ConnectionInput, now = new Date()): Promise<ConnectionRecord> {
      const at = now.toISOString();
      const record: ConnectionRecord = {
        id: newId(),
        name: input.name,
        type: input.type,
        createdAt: at,
        updatedAt: at,
        params: input.params ?? {},
        secret: await seal(input.secret),
      };
      await guardWrite('the connection', () => db.connections.add(record));
      return record;
    },
    /** Changes name/params and, when given, replaces the secret. */
    async update(id: string, input: Partial<ConnectionInput>, now = new Date()): Promise<void> {
      const secret = input.secret === undefined ? undefined : await seal(input.secret);
      await guardWrite('the connection', () =>
        db.transaction('rw', db.connections, async () => {
          const c = await db.connections.get(id);
          if (!c) throw notFound('connection', id);
          await db.connections.put({
            ...c,
            name: input.name ?? c.name,
            type: input.type ?? c.type,
            params: input.params ?? c.params,
            secret: secret === undefined ? c.secret : secret,
            updatedAt: now.toISOString(),
          });
        }),
      );
    },
    /** The decrypted secret, or undefined when the connection has none. */
    async secret(id: string): Promise<unknown> {
      const c = await db.connections.get(id);
      if (!c) throw notFound('connection', id);
      return c.secret ? openSecret(await deviceKey(db), c.secret) : undefined;
    },
    remove: (id: string) => db.connections.delete(id),
  };
}
