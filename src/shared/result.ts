/**
 * A domain outcome that crosses boundaries (worker ↔ UI, CLI ↔ engine) as plain data.
 * Comlink loses Error subclasses, so failures travel as values with a stable code.
 *
 * @example
 * const r = ok(3); if (r.ok) r.value; // 3
 * const e = err('ENGINE_E001', 'Run was stopped'); // { ok: false, error: { code, message } }
 */
export type Result<T, E = Problem> = { ok: true; value: T } | { ok: false; error: E };

/** A failure a person can read, with a stable machine code (`IML_S001`, `ENGINE_E002`, …). */
export interface Problem {
  code: string;
  message: string;
  /** Where it happened: a JSON path, a module id, a field name, a source span… */
  path?: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const err = (code: string, message: string, path?: string): Result<never, Problem> => ({
  ok: false,
  error: path === undefined ? { code, message } : { code, message, path },
});
