import type { LogLevel } from './config';

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export type Logger = (level: Exclude<LogLevel, 'silent'>, event: string, fields?: object) => void;

/**
 * A structured logger: one JSON object per line (`{"time","level","event",...fields}`).
 *
 * @example createLogger('info', (l) => process.stdout.write(l))('info', 'hook.created', { hookId })
 */
export function createLogger(min: LogLevel, write: (line: string) => void): Logger {
  return (level, event, fields) => {
    if (rank[level] < rank[min]) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`);
  };
}
