import { createSignal, type Accessor } from 'solid-js';
import type { Blueprint } from '../../domain';

const LIMIT = 200;

export interface DocHistory {
  doc: Accessor<Blueprint>;
  /** Applies an edit to a copy of the document; it becomes one undo step. */
  edit<T>(change: (draft: Blueprint) => T): T;
  undo(): void;
  redo(): void;
  canUndo: Accessor<boolean>;
  canRedo: Accessor<boolean>;
}

/**
 * The editor's document with undo and redo: every edit works on a copy, and the previous
 * document is kept (at most 200 steps). `onChange` sees every new document (the autosave).
 *
 * @example const h = createDocHistory(bp, save); h.edit((d) => (d.name = 'x')); h.undo();
 */
export function createDocHistory(
  initial: Blueprint,
  onChange: (bp: Blueprint) => void,
): DocHistory {
  const [doc, setDoc] = createSignal(initial);
  const [past, setPast] = createSignal<Blueprint[]>([]);
  const [future, setFuture] = createSignal<Blueprint[]>([]);
  const show = (bp: Blueprint) => {
    setDoc(() => bp);
    onChange(bp);
  };
  return {
    doc,
    edit(change) {
      const before = doc();
      const draft = structuredClone(before);
      const result = change(draft);
      if (JSON.stringify(draft) === JSON.stringify(before)) return result;
      setPast((p) => [...p.slice(-(LIMIT - 1)), before]);
      setFuture([]);
      show(draft);
      return result;
    },
    undo() {
      const p = past();
      const last = p[p.length - 1];
      if (!last) return;
      setPast(p.slice(0, -1));
      setFuture((f) => [doc(), ...f]);
      show(last);
    },
    redo() {
      const [next, ...rest] = future();
      if (!next) return;
      setFuture(rest);
      setPast((p) => [...p, doc()]);
      show(next);
    },
    canUndo: () => past().length > 0,
    canRedo: () => future().length > 0,
  };
}
