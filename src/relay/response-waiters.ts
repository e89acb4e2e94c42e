import type { ServerResponse } from 'node:http';
import type { WebhookResponseBody } from '../shared/relay-protocol';

interface Waiter {
  installationId: string;
  res: ServerResponse;
  timer: NodeJS.Timeout;
}

/** Headers the relay sets itself or that only make sense hop by hop. */
const dropped = new Set([
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'proxy-connection',
]);

/**
 * Webhook callers held in response mode, by event id. Whichever comes first answers them: the
 * scenario's `POST /api/responses/<eventId>`, the hook's timeout, or the caller hanging up.
 */
export function createResponseWaiters() {
  const waiting = new Map<string, Waiter>();
  return {
    wait(
      installationId: string,
      eventId: string,
      res: ServerResponse,
      timeoutMs: number,
      onTimeout: () => void,
    ) {
      const timer = setTimeout(() => {
        waiting.delete(eventId);
        onTimeout();
      }, timeoutMs);
      waiting.set(eventId, { installationId, res, timer });
      res.once('close', () => {
        if (waiting.get(eventId)?.res !== res) return;
        clearTimeout(timer);
        waiting.delete(eventId);
      });
    },
    /** Answers the held caller; false when nothing waits for this event of this installation. */
    answer(installationId: string, eventId: string, body: Required<WebhookResponseBody>): boolean {
      const w = waiting.get(eventId);
      if (!w || w.installationId !== installationId) return false;
      clearTimeout(w.timer);
      waiting.delete(eventId);
      const bytes = Buffer.from(body.bodyBase64, 'base64');
      const headers: [string, string][] = body.headers.filter(
        ([name]) => !dropped.has(name.toLowerCase()),
      );
      headers.push(['content-length', String(bytes.length)]);
      if (!headers.some(([n]) => n.toLowerCase() === 'access-control-allow-origin')) {
        headers.push(['access-control-allow-origin', '*']);
      }
      w.res.writeHead(body.status, headers.flat());
      w.res.end(bytes);
      return true;
    },
    close(): void {
      for (const w of waiting.values()) clearTimeout(w.timer);
      waiting.clear();
    },
  };
}

export type ResponseWaiters = ReturnType<typeof createResponseWaiters>;
