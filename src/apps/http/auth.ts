import { toText } from '../../iml';
import type { Connection, HandlerContext } from '../contract';
import { badConnection, connectionMissing, noConnection } from './errors';

/** What a connection adds to a request. */
export interface AuthParts {
  headers: [string, string][];
  query: [string, string][];
}

/**
 * The connection a module names: `__IMTCONN__` (Make's connection), or `auth`/`__IMTKEY__`
 * (the keychain of the API-key and basic-auth variants). Undefined when it names none.
 */
export async function loadConnection(
  ctx: HandlerContext,
  required: boolean,
): Promise<Connection | undefined> {
  const p = ctx.parameters;
  const raw = p.__IMTCONN__ ?? p.auth ?? p.__IMTKEY__;
  if (raw === undefined || raw === null || raw === '') {
    if (required) throw connectionMissing();
    return undefined;
  }
  const id = String(raw);
  const found = await ctx.connections?.get(id);
  if (!found) throw noConnection(id);
  return found;
}

const base64Utf8 = (text: string) => {
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin);
};

/**
 * Headers or query parameters of a connection: `apiKey` (`{key, name?, placement?: 'header' |
 * 'query'}`, header `X-API-Key` by default), `basic` (`{username, password}`) or `bearer`
 * (`{token}`) — the connection JSON of CONTRACTS.md §2's `--connection`.
 *
 * @example authParts({ id: '1', type: 'bearer', data: { token: 't' } }).headers; // [['Authorization', 'Bearer t']]
 */
export function authParts(connection: Connection | undefined): AuthParts {
  const out: AuthParts = { headers: [], query: [] };
  if (!connection) return out;
  const d = connection.data;
  const need = (name: string) => {
    const v = toText(d[name]);
    if (v === '') throw badConnection(connection.id, `'${name}' is missing`);
    return v;
  };
  switch (connection.type.toLowerCase()) {
    case 'apikey':
    case 'api-key': {
      const name = toText(d.name) || 'X-API-Key';
      const placement = toText(d.placement).toLowerCase();
      if (placement === 'query' || placement === 'qs') out.query.push([name, need('key')]);
      else out.headers.push([name, need('key')]);
      return out;
    }
    case 'basic':
      out.headers.push([
        'Authorization',
        `Basic ${base64Utf8(`${need('username')}:${toText(d.password)}`)}`,
      ]);
      return out;
    case 'bearer':
      out.headers.push(['Authorization', `Bearer ${need('token')}`]);
      return out;
    default:
      throw badConnection(
        connection.id,
        `type '${connection.type}' is not apiKey, basic or bearer`,
      );
  }
}
