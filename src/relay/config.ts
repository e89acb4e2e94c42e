import path from 'node:path';

/** Everything the relay can be told (docs/relay.md "Configuration"). Times in milliseconds. */
export interface RelayConfig {
  port: number;
  host: string;
  /** Folder of `relay.sqlite`; `':memory:'` is not supported (the writer needs a file). */
  dataDir: string;
  /** Base of hook URLs (`<publicUrl>/hook/<id>`); undefined = derived from the request's Host. */
  publicUrl: string | undefined;
  /** Origins (besides the relay's own) allowed to call `/api/*` from a browser. */
  allowedOrigins: string[];
  maxBodyBytes: number;
  queueCap: number;
  rateLimit: number;
  rateWindowMs: number;
  /** `POST /api/installations` per client IP per minute (the only call without a token). */
  installRateLimit: number;
  maxInFlight: number;
  /** Open `GET /api/stream` connections per installation (one leader tab needs one). */
  maxStreams: number;
  heartbeatMs: number;
  respondTimeoutMaxMs: number;
  eventRetentionMs: number;
  hookIdleMs: number;
  sweepIntervalMs: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  logLevel: LogLevel;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const day = 24 * 60 * 60 * 1000;

export const defaultConfig: RelayConfig = {
  port: 8080,
  host: '127.0.0.1',
  dataDir: path.resolve('data'),
  publicUrl: undefined,
  allowedOrigins: [],
  maxBodyBytes: 5 * 1024 * 1024,
  queueCap: 10_000,
  rateLimit: 300,
  rateWindowMs: 10_000,
  installRateLimit: 60,
  maxInFlight: 500,
  maxStreams: 10,
  heartbeatMs: 15_000,
  respondTimeoutMaxMs: 100_000,
  eventRetentionMs: 7 * day,
  hookIdleMs: 30 * day,
  sweepIntervalMs: 60 * 60 * 1000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  logLevel: 'info',
};

type Env = Record<string, string | undefined>;

/** A configuration problem, reported by main.ts as one line and exit code 2. */
export class ConfigError extends Error {}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, not '${raw}'`);
  }
  return n;
}

/**
 * Reads the relay's configuration from environment variables (names in docs/relay.md).
 *
 * @example configFromEnv({ RELAY_PORT: '0', RELAY_DATA_DIR: '/tmp/r' }).port // 0
 */
export function configFromEnv(env: Env): RelayConfig {
  const d = defaultConfig;
  const port = int(
    env,
    env.PORT !== undefined && env.PORT !== '' ? 'PORT' : 'RELAY_PORT',
    d.port,
    0,
    65535,
  );
  const level = env.RELAY_LOG_LEVEL ?? d.logLevel;
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(level)) {
    throw new ConfigError(
      `RELAY_LOG_LEVEL must be debug, info, warn, error or silent, not '${level}'`,
    );
  }
  const publicUrl = env.RELAY_PUBLIC_URL?.replace(/\/+$/, '') || undefined;
  if (publicUrl !== undefined && !/^https?:\/\/[^/]+/.test(publicUrl)) {
    throw new ConfigError(`RELAY_PUBLIC_URL must be an http(s) URL, not '${publicUrl}'`);
  }
  return {
    ...d,
    port,
    host: env.RELAY_HOST || d.host,
    dataDir: path.resolve(env.RELAY_DATA_DIR || 'data'),
    publicUrl,
    allowedOrigins: (env.RELAY_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim().replace(/\/+$/, ''))
      .filter((s) => s !== ''),
    maxBodyBytes: int(env, 'RELAY_MAX_BODY_BYTES', d.maxBodyBytes, 0, 100 * 1024 * 1024),
    queueCap: int(env, 'RELAY_QUEUE_CAP', d.queueCap, 1, 10_000_000),
    rateLimit: int(env, 'RELAY_RATE_LIMIT', d.rateLimit, 1, 10_000_000),
    rateWindowMs: int(env, 'RELAY_RATE_WINDOW_MS', d.rateWindowMs, 1, day),
    installRateLimit: int(env, 'RELAY_INSTALL_RATE_LIMIT', d.installRateLimit, 1, 10_000_000),
    maxInFlight: int(env, 'RELAY_MAX_IN_FLIGHT', d.maxInFlight, 1, 100_000),
    maxStreams: int(env, 'RELAY_MAX_STREAMS', d.maxStreams, 1, 10_000),
    heartbeatMs: int(env, 'RELAY_HEARTBEAT_MS', d.heartbeatMs, 100, day),
    respondTimeoutMaxMs: int(env, 'RELAY_RESPOND_TIMEOUT_MAX_MS', d.respondTimeoutMaxMs, 1, day),
    eventRetentionMs: int(env, 'RELAY_EVENT_RETENTION_DAYS', 7, 1, 3650) * day,
    hookIdleMs: int(env, 'RELAY_HOOK_IDLE_DAYS', 30, 1, 3650) * day,
    logLevel: level as LogLevel,
  };
}
