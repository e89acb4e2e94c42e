import { createHash, randomBytes } from 'node:crypto';

/**
 * A URL-safe random id of `bytes` random bytes (hook ids use 16 = 128 bits, tokens 32).
 *
 * @example randomId(16) // 'q3V0dF4kQk2mH0P1x9YbKw'
 */
export function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * The stored form of a bearer token. Tokens carry 256 random bits, so a plain SHA-256 is enough:
 * a slow password hash protects guessable secrets, which these are not (docs/adr/0303).
 *
 * @example hashToken('abc').length // 64
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A new installation epoch: creation time in base 36 plus random bits, so ids from a relay whose
 * data folder was reset never collide with ids a browser has seen.
 *
 * @example newEpoch() // 'mi4c0x2a9f3k1q'
 */
export function newEpoch(): string {
  const rand = randomBytes(4).readUInt32BE(0).toString(36).padStart(7, '0');
  return `${Date.now().toString(36)}${rand}`;
}

/** The token of an `Authorization: Bearer <token>` header, or of `?token=` where allowed. */
export function bearerToken(
  authorization: string | undefined,
  queryToken: string | null,
): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return m?.[1] ?? queryToken ?? undefined;
}
