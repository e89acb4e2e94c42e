import { describe, expect, it } from 'vitest';
import { createLeader, type LeaderState } from './leader';
import { fakeTabs } from './testing/fake-locks';

const settle = () => new Promise((r) => setTimeout(r, 0));

function tab(env: ReturnType<typeof fakeTabs>, id: string) {
  const seen: LeaderState[] = [];
  const leader = createLeader({
    locks: env.locks(id),
    openChannel: env.channels(id),
    tabId: id,
    onChange: (s) => seen.push(s),
  });
  return { leader, seen };
}

describe('createLeader', () => {
  it('elects one tab; the others follow and know who leads', async () => {
    const env = fakeTabs();
    const a = tab(env, 'a');
    await settle();
    const b = tab(env, 'b');
    const c = tab(env, 'c');
    await settle();
    expect(a.leader.state()).toEqual({ role: 'leader', leaderId: 'a' });
    expect(b.leader.state()).toEqual({ role: 'follower', leaderId: 'a' });
    expect(c.leader.state()).toEqual({ role: 'follower', leaderId: 'a' });
  });

  it('hands over when the leader closes cleanly or crashes', async () => {
    const env = fakeTabs();
    const a = tab(env, 'a');
    await settle();
    const b = tab(env, 'b');
    await settle();
    const c = tab(env, 'c');
    await settle();
    a.leader.destroy();
    await settle();
    expect(b.leader.state()).toEqual({ role: 'leader', leaderId: 'b' });
    expect(c.leader.state()).toEqual({ role: 'follower', leaderId: 'b' });
    env.crash('b');
    await settle();
    expect(c.leader.state()).toEqual({ role: 'leader', leaderId: 'c' });
    expect(b.seen.filter((s) => s.role === 'leader')).toHaveLength(1);
  });

  it('never has two leaders at once while tabs come and go', async () => {
    const env = fakeTabs();
    const tabs = Array.from({ length: 5 }, (_, i) => tab(env, `t${i}`));
    await settle();
    for (let i = 0; i < 4; i++) {
      const leaders = tabs.filter((t) => t.leader.state().role === 'leader');
      expect(leaders).toHaveLength(1);
      leaders[0]!.leader.destroy();
      await settle();
    }
    expect(tabs.filter((t) => t.leader.state().role === 'leader')).toHaveLength(1);
  });

  it('stops waiting for the lock when a follower closes', async () => {
    const env = fakeTabs();
    const a = tab(env, 'a');
    const b = tab(env, 'b');
    await settle();
    b.leader.destroy();
    a.leader.destroy();
    const c = tab(env, 'c');
    await settle();
    expect(c.leader.state().role).toBe('leader');
    expect(b.seen.some((s) => s.role === 'leader')).toBe(false);
  });
});
