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
 * Orders event ids `<installation epoch>-<sequence>` numerically (as text, `1-10` would sort
 * before `1-9`).
 *
 * @example ['1-10', '1-9'].sort(compareEventIds) // ['1-9', '1-10']
 */
export function compareEventIds(a: string, b: string): number {
  const [ea, sa] = splitEventId(a);
  const [eb, sb] = splitEventId(b);
  return ea - eb || sa - sb || (a < b ? -1 : a > b ? 1 : 0);
}

function splitEventId(id: string): [number, number] {
  const dash = id.lastIndexOf('-');
  return [Number(id.slice(0, dash)) || 0, Number(id.slice(dash + 1)) || 0];
}
