/**
 * The ArrayBuffers inside a value (bundles with binary), each once, for Comlink's `transfer()`:
 * moving them instead of copying keeps big files cheap to send to the UI. Shared buffers cannot
 * be moved and are left to be copied.
 *
 * @example transfer(result, buffersIn(result))
 */
export function buffersIn(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const walk = (v: unknown, depth: number) => {
    if (typeof v !== 'object' || v === null || depth > 64) return;
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer) found.add(v.buffer);
      return;
    }
    if (v instanceof ArrayBuffer) {
      found.add(v);
      return;
    }
    if (seen.has(v)) return;
    seen.add(v);
    if (v instanceof Map) for (const x of v.values()) walk(x, depth + 1);
    else for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(value, 0);
  return [...found];
}
