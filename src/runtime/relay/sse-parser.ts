/** One Server-Sent Event as the relay sends it (`event:`, `id:`, `data:` lines, blank line). */
export interface SseEvent {
  event: string;
  id: string | undefined;
  data: string;
}

/**
 * An incremental Server-Sent Events parser (the WHATWG event-stream format): feed it text chunks
 * as they arrive, split anywhere, and it calls `onEvent` once per complete event. Comments
 * (`:` lines) are ignored; `data` lines are joined with `\n`; an event without data is dropped,
 * as browsers do.
 *
 * @example
 * const p = createSseParser((e) => seen.push(e));
 * p.push('event: request\nid: a-1\nda'); p.push('ta: {}\n\n'); // one event {event:'request',id:'a-1',data:'{}'}
 */
export function createSseParser(onEvent: (event: SseEvent) => void) {
  let buffer = '';
  let event = '';
  let id: string | undefined;
  let data: string[] = [];

  const line = (text: string) => {
    if (text === '') {
      if (data.length > 0) onEvent({ event: event || 'message', id, data: data.join('\n') });
      event = '';
      id = undefined;
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
  };

  return {
    push(chunk: string): void {
      buffer += chunk;
      let start = 0;
      for (;;) {
        const nl = buffer.slice(start).search(/\r\n|\r|\n/);
        if (nl === -1) break;
        const end = start + nl;
        // A lone '\r' at the very end may be the first half of '\r\n': wait for the next chunk.
        if (buffer[end] === '\r' && end === buffer.length - 1) break;
        line(buffer.slice(start, end));
        start = end + (buffer[end] === '\r' && buffer[end + 1] === '\n' ? 2 : 1);
      }
      buffer = buffer.slice(start);
    },
  };
}
