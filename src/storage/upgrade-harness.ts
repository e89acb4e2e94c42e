import type { DexieOptions } from 'dexie';
import { WeftDb } from './db';

/**
 * The schema upgrade test harness (DESIGN.md §7): build version `from`, fill it, close it, reopen
 * the same database at version `to` (running every upgrade in between), and hand both to `verify`.
 * Each `version(n)` in schema.ts gets a test that calls this with `from: n - 1, to: n`.
 *
 * @example
 * await upgradeHarness({ from: 1, to: 2, options, fill: (db) => db.scenarios.add(s),
 *   verify: async (db) => expect(await db.scenarios.get(s.id)).toEqual(...) });
 */
export async function upgradeHarness(opts: {
  from: number;
  to: number;
  options: DexieOptions;
  name?: string;
  fill: (db: WeftDb) => Promise<unknown>;
  verify: (db: WeftDb) => Promise<unknown>;
  /** Test-only: open with a custom database class (e.g. one with an extra version). */
  open?: (name: string, options: DexieOptions, upTo: number) => WeftDb;
}): Promise<void> {
  const name =
    opts.name ?? `upgrade-${opts.from}-${opts.to}-${Math.random().toString(36).slice(2)}`;
  const open = opts.open ?? ((n, o, upTo) => new WeftDb(n, o, upTo));
  const before = open(name, opts.options, opts.from);
  await before.open();
  await opts.fill(before);
  before.close();
  const after = open(name, opts.options, opts.to);
  await after.open();
  try {
    await opts.verify(after);
  } finally {
    after.close();
  }
}
