import { createEffect, createSignal, from, on, onCleanup, type Accessor } from 'solid-js';
import { liveQuery } from '../storage';

/**
 * A Solid accessor over a Dexie live query: re-runs `query` whenever the tables it read change
 * (in this tab or another). `initial` is shown until the first answer. Signals read inside
 * `query` are not tracked; use `createLiveQueryOn` for a query with reactive arguments.
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

/**
 * A live query with reactive arguments: `args` is tracked, and each new value starts a new live
 * query (the previous one is dropped); the last answer stays shown until the new one comes.
 *
 * @example const page = createLiveQueryOn(() => ({ after: cursor() }), (a) => repo.page(a), empty);
 */
export function createLiveQueryOn<A, T>(
  args: () => A,
  query: (args: A) => Promise<T> | T,
  initial: T,
): Accessor<T> {
  const [value, setValue] = createSignal<T>(initial);
  createEffect(
    on(args, (a) => {
      const sub = liveQuery(() => query(a)).subscribe({
        next: (v) => setValue(() => v),
        error: (e: unknown) => console.error('live query failed', e),
      });
      onCleanup(() => sub.unsubscribe());
    }),
  );
  return value;
}
