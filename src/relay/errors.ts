import type { Problem } from '../shared';

/**
 * The relay's stable error codes. `/api/*` answers `{ "error": { code, message } }` with the
 * status; `/hook/*` answers plain text (as Make's gateway does) with the code in `x-weft-error`.
 */
export const relayCodes = {
  RELAY_A001: { status: 401, message: 'Missing or unknown bearer token' },
  RELAY_N001: { status: 404, message: 'Not found' },
  RELAY_N002: { status: 410, message: 'Gone' },
  RELAY_R001: { status: 400, message: 'Bad request' },
  RELAY_R002: { status: 405, message: 'Method not allowed' },
  RELAY_L001: { status: 413, message: 'Payload too large' },
  RELAY_L002: { status: 400, message: 'Queue is full' },
  RELAY_L003: { status: 429, message: 'Too many requests' },
  RELAY_S001: { status: 503, message: 'Storage unavailable' },
} as const;

export type RelayCode = keyof typeof relayCodes;

/** A relay failure as data: the HTTP status and a Problem body. */
export interface RelayProblem extends Problem {
  code: RelayCode;
  status: number;
}

/**
 * Builds a problem for `code`, with an optional more precise message.
 *
 * @example relayProblem('RELAY_L002').message // 'Queue is full'
 */
export function relayProblem(code: RelayCode, message?: string, path?: string): RelayProblem {
  const base = relayCodes[code];
  const p: RelayProblem = { code, status: base.status, message: message ?? base.message };
  if (path !== undefined) p.path = path;
  return p;
}

/** An Error carrying RELAY_S001: thrown by stores when a write cannot be made durable. */
export function storeError(message: string): Error & { code: 'RELAY_S001' } {
  return Object.assign(new Error(message), { code: 'RELAY_S001' as const });
}
