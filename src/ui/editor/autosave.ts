/**
 * Throttled saving (DESIGN.md §7): the first change starts a ~300 ms timer, later changes in that
 * window only replace what will be saved; `flush` saves at once (Save button, pagehide, leaving
 * the editor). Nothing is saved before the first change, so opening a scenario never writes.
 *
 * @example const a = createAutosave((bp) => repo.saveBlueprint(id, bp)); a.schedule(bp); await a.flush();
 */
export function createAutosave<T>(save: (value: T) => Promise<void>, delayMs = 300) {
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const next = pending;
    pending = undefined;
    if (next)
      running = running
        .then(() => save(next.value))
        .catch((e: unknown) => console.error('autosave failed', e));
    return running;
  };
  return {
    schedule(value: T) {
      pending = { value };
      timer ??= setTimeout(() => void flush(), delayMs);
    },
    flush,
    hasPending: () => pending !== undefined,
  };
}
