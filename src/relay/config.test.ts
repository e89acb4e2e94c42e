import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv, defaultConfig } from './config';

describe('configFromEnv', () => {
  it('defaults to ./data, port 8080 and the limits of CONTRACTS.md §5', () => {
    const c = configFromEnv({});
    expect(c).toEqual({ ...defaultConfig, dataDir: path.resolve('data') });
    expect([c.maxBodyBytes, c.queueCap, c.rateLimit, c.rateWindowMs, c.maxInFlight]).toEqual([
      5 * 1024 * 1024,
      10_000,
      300,
      10_000,
      500,
    ]);
  });

  it('reads PORT before RELAY_PORT, and the relay variables', () => {
    const c = configFromEnv({
      PORT: '0',
      RELAY_PORT: '9',
      RELAY_DATA_DIR: '/tmp/x',
      RELAY_PUBLIC_URL: 'https://hooks.example/',
      RELAY_ALLOWED_ORIGINS: 'https://a.example, https://b.example/',
      RELAY_EVENT_RETENTION_DAYS: '2',
    });
    expect(c.port).toBe(0);
    expect(c.dataDir).toBe('/tmp/x');
    expect(c.publicUrl).toBe('https://hooks.example');
    expect(c.allowedOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(c.eventRetentionMs).toBe(2 * 24 * 3600 * 1000);
    expect(configFromEnv({ RELAY_PORT: '1234' }).port).toBe(1234);
  });

  it('refuses values it cannot use', () => {
    expect(() => configFromEnv({ PORT: 'http' })).toThrow(ConfigError);
    expect(() => configFromEnv({ RELAY_QUEUE_CAP: '0' })).toThrow(/RELAY_QUEUE_CAP/);
    expect(() => configFromEnv({ RELAY_PUBLIC_URL: 'ftp://x' })).toThrow(/RELAY_PUBLIC_URL/);
    expect(() => configFromEnv({ RELAY_LOG_LEVEL: 'loud' })).toThrow(/RELAY_LOG_LEVEL/);
  });
});
