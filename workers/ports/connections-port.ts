import type { ConnectionsPort } from '../../src/apps/contract';
import type { Blueprint } from '../../src/domain';
import { connectionsRepo, type WeftDb } from '../../src/storage';
import { bindingOf } from './bindings';

/**
 * Connections for modules, decrypted in the worker through the connections repository. `data`
 * is the readable params with the decrypted secret's fields over them (a secret that is not an
 * object is `data.secret`). Ids are the blueprint's `__IMTCONN__` values, bound as
 * `connection:<id>` in `metadata.weft.bindings`.
 *
 * @example (await connectionsPort(db, bp).get('4512'))?.data.apiKey
 */
export function connectionsPort(db: WeftDb, blueprint: Blueprint): ConnectionsPort {
  const repo = connectionsRepo(db);
  return {
    async get(id) {
      const local = bindingOf(blueprint, 'connection', id);
      const c = await repo.get(local);
      if (!c) return undefined;
      const secret = c.secret ? await repo.secret(local) : undefined;
      const extra =
        secret === undefined
          ? {}
          : typeof secret === 'object' && secret !== null && !Array.isArray(secret)
            ? (secret as Record<string, unknown>)
            : { secret };
      return { id: c.id, type: c.type, data: { ...c.params, ...extra } };
    },
  };
}
