import type { RunEvent } from '../../bridge';

/**
 * Follows a run's progress events so that, if its worker has to be terminated, the runtime can
 * still record how many operations it made: each module's total from its last `module-finished`,
 * plus one for each module that started in the unfinished cycle (it made at least that one).
 *
 * @example const t = progressTracker(); t.see(event); … t.operations();
 */
export function progressTracker() {
  const totals = new Map<string, number>();
  const open = new Set<string>();
  return {
    see(e: RunEvent) {
      if (e.type === 'module-started') open.add(e.moduleId);
      else if (e.type === 'module-finished') {
        totals.set(e.moduleId, e.operations);
        open.delete(e.moduleId);
      }
    },
    /** A lower bound of the run's operations so far. */
    operations() {
      let n = open.size;
      for (const v of totals.values()) n += v;
      return n;
    },
  };
}
