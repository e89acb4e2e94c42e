import { describe, expect, it } from 'vitest';
import { createLogger } from './log';

describe('createLogger', () => {
  it('writes one JSON object per line at or above the level', () => {
    const lines: string[] = [];
    const log = createLogger('info', (l) => lines.push(l));
    log('debug', 'hidden');
    log('info', 'hook.created', { hookId: 'h' });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith('\n')).toBe(true);
    expect(JSON.parse(lines[0] as string)).toEqual({
      time: expect.any(String),
      level: 'info',
      event: 'hook.created',
      hookId: 'h',
    });
  });
});
