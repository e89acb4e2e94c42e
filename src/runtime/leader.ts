/** The part of the Web Locks API the election uses (`navigator.locks`). */
export interface LocksLike {
  request(
    name: string,
    options: { mode: 'exclusive'; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown>,
  ): Promise<unknown>;
}

/** The part of BroadcastChannel the election uses. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  close(): void;
}

export interface LeaderState {
  role: 'leader' | 'follower';
  /** The tab that leads, when known (a follower learns it from the channel). */
  leaderId: string | null;
}

type Message = { type: 'leader'; id: string } | { type: 'who' } | { type: 'resign'; id: string };

export interface LeaderDeps {
  locks: LocksLike;
  openChannel: (name: string) => ChannelLike;
  tabId: string;
  /** Called on every change: start the scheduler and relay stream as leader, stop them otherwise. */
  onChange: (state: LeaderState) => void;
  name?: string;
}

/**
 * Elects one tab (or the installed app window) as leader with an exclusive Web Lock: the lock is
 * held for the tab's lifetime, and the browser hands it to the next waiting tab when the holder
 * closes or crashes. Followers learn who leads through a BroadcastChannel.
 *
 * @example
 * const leader = createLeader({ locks: navigator.locks, tabId,
 *   openChannel: (n) => new BroadcastChannel(n), onChange: (s) => console.log(s.role) });
 * addEventListener('pagehide', () => leader.destroy());
 */
export function createLeader(deps: LeaderDeps) {
  const name = deps.name ?? 'weft-leader';
  const channel = deps.openChannel(name);
  const abort = new AbortController();
  let state: LeaderState = { role: 'follower', leaderId: null };
  let release: (() => void) | null = null;
  let destroyed = false;

  const set = (next: LeaderState) => {
    if (next.role === state.role && next.leaderId === state.leaderId) return;
    state = next;
    if (!destroyed) deps.onChange(state);
  };
  const post = (m: Message) => {
    if (!destroyed) channel.postMessage(m);
  };

  channel.addEventListener('message', (e) => {
    const m = e.data as Message;
    if (m.type === 'who' && state.role === 'leader') post({ type: 'leader', id: deps.tabId });
    else if (m.type === 'leader' && m.id !== deps.tabId) set({ role: 'follower', leaderId: m.id });
    else if (m.type === 'resign' && state.leaderId === m.id)
      set({ role: 'follower', leaderId: null });
  });

  deps.locks
    .request(name, { mode: 'exclusive', signal: abort.signal }, async () => {
      if (destroyed) return;
      set({ role: 'leader', leaderId: deps.tabId });
      post({ type: 'leader', id: deps.tabId });
      await new Promise<void>((resolve) => (release = resolve));
    })
    // Aborting a waiting request rejects it; that is how a follower leaves.
    .catch(() => undefined);
  post({ type: 'who' });

  return {
    state: () => state,
    /** Leaves the election: a leader resigns (the next tab takes over), a follower stops waiting. */
    destroy() {
      if (destroyed) return;
      if (state.role === 'leader') post({ type: 'resign', id: deps.tabId });
      // The owner hears that this tab no longer leads, so it stops the scheduler first.
      set({ role: 'follower', leaderId: null });
      destroyed = true;
      release?.();
      abort.abort();
      channel.close();
    },
  };
}
