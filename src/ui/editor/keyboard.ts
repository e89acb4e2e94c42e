export interface KeyActions {
  remove(): void;
  undo(): void;
  redo(): void;
  selectAll(): void;
  /** Arrows: move the selection (or the view when nothing is selected). */
  nudge(dx: number, dy: number): void;
  zoom(factor: number): void;
  escape(): void;
  copy(): string | undefined;
  paste(text: string): void;
}

/** Typing into a field keeps its keys: the editor's shortcuts only act on the canvas. */
const inField = (t: EventTarget | null) =>
  t instanceof HTMLElement &&
  (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/**
 * The editor's keyboard: Delete, Ctrl/Cmd+Z/Y (and Shift+Z), Ctrl/Cmd+A, arrows (Shift: further),
 * + and - to zoom, Escape; copy and paste go through the clipboard events, so Ctrl/Cmd+C/V work
 * without clipboard permissions and between scenarios and tabs.
 *
 * @example const keys = createKeyboard(document, actions); keys.destroy();
 */
export function createKeyboard(doc: Document, a: KeyActions) {
  const key = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return a.escape();
    if (inField(e.target) || e.defaultPrevented) return;
    const mod = e.ctrlKey || e.metaKey;
    const k = e.key.toLowerCase();
    const step = e.shiftKey ? 50 : 10;
    const moves: Record<string, [number, number]> = {
      arrowleft: [-step, 0],
      arrowright: [step, 0],
      arrowup: [0, -step],
      arrowdown: [0, step],
    };
    if (k === 'delete' || k === 'backspace') a.remove();
    else if (mod && k === 'z' && !e.shiftKey) a.undo();
    else if (mod && (k === 'y' || (k === 'z' && e.shiftKey))) a.redo();
    else if (mod && k === 'a') a.selectAll();
    else if (moves[k] && !mod) a.nudge(...moves[k]);
    else if (!mod && (k === '+' || k === '=')) a.zoom(1.2);
    else if (!mod && k === '-') a.zoom(1 / 1.2);
    else return;
    e.preventDefault();
  };
  const copy = (e: ClipboardEvent) => {
    if (inField(e.target)) return;
    const text = a.copy();
    if (text === undefined) return;
    e.clipboardData?.setData('text/plain', text);
    e.preventDefault();
  };
  const paste = (e: ClipboardEvent) => {
    if (inField(e.target)) return;
    const text = e.clipboardData?.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    a.paste(text);
  };
  doc.addEventListener('keydown', key);
  doc.addEventListener('copy', copy);
  doc.addEventListener('paste', paste);
  return {
    update: () => undefined,
    destroy() {
      doc.removeEventListener('keydown', key);
      doc.removeEventListener('copy', copy);
      doc.removeEventListener('paste', paste);
    },
  };
}
