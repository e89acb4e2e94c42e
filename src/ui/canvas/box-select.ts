/** A rectangle being drawn on the pane, in pane pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Shift + drag on the empty pane draws a selection box; on release `done` gets the box (pane
 * pixels). Listens in the capture phase so the box wins over panning.
 *
 * @example const bs = createBoxSelect(pane, { show, done }); bs.destroy();
 */
export function createBoxSelect(
  pane: HTMLElement,
  on: {
    start: () => void;
    show: (b: Box | null) => void;
    done: (b: Box, additive: boolean) => void;
  },
) {
  const down = (e: PointerEvent) => {
    if (!e.shiftKey || e.button !== 0) return;
    const target = e.target as Element;
    if (target.closest('.cnode, .cedge-filter, .minimap, .canvas-overlay')) return;
    e.preventDefault();
    e.stopPropagation();
    on.start();
    const r = pane.getBoundingClientRect();
    const x0 = e.clientX - r.left;
    const y0 = e.clientY - r.top;
    let box: Box = { x: x0, y: y0, w: 0, h: 0 };
    const move = (m: PointerEvent) => {
      const x = m.clientX - r.left;
      const y = m.clientY - r.top;
      box = { x: Math.min(x, x0), y: Math.min(y, y0), w: Math.abs(x - x0), h: Math.abs(y - y0) };
      on.show(box);
    };
    const up = (u: PointerEvent) => {
      window.removeEventListener('pointermove', move, true);
      window.removeEventListener('pointerup', up, true);
      on.show(null);
      on.done(box, u.ctrlKey || u.metaKey);
    };
    window.addEventListener('pointermove', move, true);
    window.addEventListener('pointerup', up, true);
  };
  pane.addEventListener('pointerdown', down, true);
  return {
    update: () => undefined,
    destroy: () => pane.removeEventListener('pointerdown', down, true),
  };
}
