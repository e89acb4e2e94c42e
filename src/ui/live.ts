import { from, type Accessor } from 'solid-js';
import { liveQuery } from '../storage';

/**
 * A Solid accessor over a Dexie live query: re-runs `query` whenever the tables it read change
 * (in this tab or another). `initial` is shown until the first answer.
 *
 * @example const scenarios = createLiveQuery(() => repo.list(), []);
 */
export function createLiveQuery<T>(query: () => Promise<T> | T, initial: T): Accessor<T> {
  const value = from<T>((set) => {
    const sub = liveQuery(query).subscribe({
      next: (v) => set(() => v),
      error: (e: unknown) => console.error('live query failed', e),
    });
    return () => sub.unsubscribe();
  });
  return () => value() ?? initial;
}
