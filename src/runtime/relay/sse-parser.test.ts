import { describe, expect, it } from 'vitest';
import { createSseParser, type SseEvent } from './sse-parser';

const parseAll = (chunks: string[]): SseEvent[] => {
  const out: SseEvent[] = [];
  const p = createSseParser((e) => out.push(e));
  for (const c of chunks) p.push(c);
  return out;
};

describe('createSseParser', () => {
  const stream =
    ': hello\n\nevent: request\nid: ab1-1\ndata: {"a":1}\n\nevent: heartbeat\ndata: {"time":"t"}\n\n' +
    'event: request\r\nid: ab1-2\r\ndata: line1\r\ndata: line2\r\n\r\n';
  const expected: SseEvent[] = [
    { event: 'request', id: 'ab1-1', data: '{"a":1}' },
    { event: 'heartbeat', id: undefined, data: '{"time":"t"}' },
    { event: 'request', id: 'ab1-2', data: 'line1\nline2' },
  ];

  it('parses events, comments, multi-line data and CRLF', () => {
    expect(parseAll([stream])).toEqual(expected);
  });

  it('gives the same events however the stream is split, even inside CRLF', () => {
    for (let size = 1; size <= 7; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < stream.length; i += size) chunks.push(stream.slice(i, i + size));
      expect(parseAll(chunks)).toEqual(expected);
    }
  });

  it('waits for the blank line before emitting, and drops events without data', () => {
    expect(parseAll(['event: request\nid: x-1\ndata: {}\n'])).toEqual([]);
    expect(parseAll(['event: ping\n\n'])).toEqual([]);
    expect(parseAll(['data\n\n'])).toEqual([{ event: 'message', id: undefined, data: '' }]);
  });
});
