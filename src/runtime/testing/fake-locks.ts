import type { ChannelLike, LocksLike } from '../leader';

interface Waiter {
  tab: string;
  callback: (lock: unknown) => Promise<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

/**
 * Web Locks and BroadcastChannel for several fake tabs in one Node process. `crash(tab)` ends a
 * tab the way closing it does: its locks are released and its channels stop, without it running
 * any clean-up code.
 *
 * @example const env = fakeTabs(); const locks = env.locks('tab-1'); const open = env.channels('tab-1');
 */
export function fakeTabs() {
  const queues = new Map<string, Waiter[]>();
  const held = new Map<string, Waiter>();
  const channels: {
    tab: string;
    name: string;
    listeners: ((e: { data: unknown }) => void)[];
    open: boolean;
  }[] = [];
  const dead = new Set<string>();

  const grant = (name: string) => {
    if (held.has(name)) return;
    const next = queues.get(name)?.shift();
    if (!next) return;
    held.set(name, next);
    void Promise.resolve()
      .then(() => next.callback({ name }))
      .then(next.resolve, next.reject)
      .finally(() => {
        if (held.get(name) === next) {
          held.delete(name);
          grant(name);
        }
      });
  };

  return {
    locks(tab: string): LocksLike {
      return {
        request(name, options, callback) {
          return new Promise((resolve, reject) => {
            const w: Waiter = { tab, callback, resolve, reject };
            const q = queues.get(name) ?? [];
            queues.set(name, [...q, w]);
            options.signal?.addEventListener('abort', () => {
              const left = queues.get(name) ?? [];
              if (left.includes(w)) {
                queues.set(
                  name,
                  left.filter((x) => x !== w),
                );
                reject(new Error('AbortError'));
              }
            });
            grant(name);
          });
        },
      };
    },
    channels(tab: string) {
      return (name: string): ChannelLike => {
        const ch = { tab, name, listeners: [] as ((e: { data: unknown }) => void)[], open: true };
        channels.push(ch);
        return {
          postMessage(data) {
            if (!ch.open || dead.has(tab)) return;
            const copy = structuredClone(data);
            for (const other of channels) {
              if (other === ch || !other.open || other.name !== name || dead.has(other.tab))
                continue;
              queueMicrotask(() => other.listeners.forEach((l) => l({ data: copy })));
            }
          },
          addEventListener: (_type, l) => void ch.listeners.push(l),
          close: () => void (ch.open = false),
        };
      };
    },
    crash(tab: string) {
      dead.add(tab);
      for (const [name, q] of queues)
        queues.set(
          name,
          q.filter((w) => w.tab !== tab),
        );
      for (const [name, w] of held) {
        if (w.tab !== tab) continue;
        held.delete(name);
        grant(name);
      }
    },
  };
}
