import { parseEventId } from '../shared/relay-protocol';
import type { WeftDb } from './db';
import type { InboxRecord } from './records';
import { guardWrite } from './write-guard';

/** The webhook request fields the inbox indexes (CONTRACTS.md §4 StoredRequest). */
export interface InboxRequest {
  eventId: string;
  hookId: string;
  receivedAt: string;
}

/**
 * The webhook inbox, written by the leader tab. Delivery is at least once, so `add` dedupes by
 * event id: a request already stored (new or consumed) is not stored again.
 */
export function inboxRepo(db: WeftDb) {
  return {
    get: (eventId: string) => db.webhookInbox.get(eventId),
    /** Stores the requests not seen before; returns how many were new. */
    add: (requests: readonly InboxRequest[]) =>
      guardWrite('the webhook requests', () =>
        db.transaction('rw', db.webhookInbox, async () => {
          const seen = await db.webhookInbox.bulkGet(requests.map((r) => r.eventId));
          const fresh = new Map<string, InboxRecord>();
          requests.forEach((r, i) => {
            if (seen[i] || fresh.has(r.eventId)) return;
            fresh.set(r.eventId, {
              eventId: r.eventId,
              hookId: r.hookId,
              receivedAt: r.receivedAt,
              state: 'new',
              request: r,
            });
          });
          await db.webhookInbox.bulkAdd([...fresh.values()]);
          return fresh.size;
        }),
      ),
    /** Waiting requests of a hook in arrival order (per-hook order is kept, CONTRACTS.md §5). */
    pending: async (hookId: string, limit = 100) =>
      (await db.webhookInbox.where('[hookId+state]').equals([hookId, 'new']).toArray())
        .sort((a, b) => compareEventIds(a.eventId, b.eventId))
        .slice(0, limit),
    countNew: () => db.webhookInbox.where('state').equals('new').count(),
    markConsumed: (eventIds: readonly string[]) =>
      db.webhookInbox.where('eventId').anyOf(eventIds).modify({ state: 'consumed' }),
    /** Drops consumed requests received before `before`. */
    pruneConsumed: (before: Date) =>
      db.webhookInbox
        .where('receivedAt')
        .below(before.toISOString())
        .and((r) => r.state === 'consumed')
        .delete(),
  };
}

/**
 * Orders event ids `<installation epoch>-<sequence>` (CONTRACTS.md §4): by epoch, which the relay
 * makes from base-36 time so that a newer epoch sorts later, then by sequence as a number (as
 * text, `e-10` would sort before `e-9`).
 *
 * @example ['lx3k9a2b1c-10', 'lx3k9a2b1c-9'].sort(compareEventIds) // ['lx3k9a2b1c-9', 'lx3k9a2b1c-10']
 */
export function compareEventIds(a: string, b: string): number {
  const pa = parseEventId(a);
  const pb = parseEventId(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  if (pa.epoch !== pb.epoch) {
    return pa.epoch.length - pb.epoch.length || (pa.epoch < pb.epoch ? -1 : 1);
  }
  return pa.seq - pb.seq;
}
