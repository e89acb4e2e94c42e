/**
 * compileField: one mapped field, compiled once, evaluated per bundle (DESIGN.md §6). A field
 * that is exactly one `{{expr}}` keeps the value's type; mixed text yields text.
 */
import { toText } from './coercion';
import { compileExpr, type CompileState, type Evaluator } from './compiler';
import { ImlFault, internalError } from './errors';
import { parseField } from './parser';
import type { CompiledField, EvalContext, EvalResult, ImlError } from './types';

type Piece = { text: string } | { run: Evaluator; span: [number, number] };

/**
 * Compile a field. Never throws: syntax errors are in `errors` and returned by `evaluate`.
 *
 * @example
 * const f = compileField('Hi {{upper(1.name)}}');
 * f.evaluate({ bundle: () => ({ name: 'ann' }), now: new Date(), timezone: 'UTC', executionId: 'x' });
 * // { ok: true, value: 'Hi ANN' }
 */
export function compileField(text: string): CompiledField {
  const parsed = parseField(text);
  const state: CompileState = { errors: parsed.errors, moduleRefs: new Set() };
  const pieces: Piece[] = parsed.parts.map((p) =>
    p.type === 'text' ? { text: p.value } : { run: compileExpr(p.expr, state), span: p.span },
  );
  const errors: readonly ImlError[] = state.errors.sort((a, b) => a.span[0] - b.span[0]);
  const isConstant = errors.length === 0 && pieces.every((p) => 'text' in p);
  return {
    source: text,
    errors,
    isConstant,
    moduleRefs: [...state.moduleRefs],
    evaluate: makeEvaluate(text, pieces, errors, isConstant),
  };
}

function makeEvaluate(
  text: string,
  pieces: Piece[],
  errors: readonly ImlError[],
  isConstant: boolean,
): (ctx: EvalContext) => EvalResult {
  const first = errors[0];
  if (first) {
    const failed: EvalResult = { ok: false, error: first };
    return () => failed;
  }
  if (isConstant) return () => ({ ok: true, value: text });
  const only = pieces.length === 1 ? pieces[0] : undefined;
  if (only && 'run' in only) {
    const run = only.run;
    const span = only.span;
    return (ctx) => {
      try {
        return { ok: true, value: run(ctx) };
      } catch (e) {
        return failure(e, span);
      }
    };
  }
  // Parallel arrays: texts[i] precedes runs[i]; the last text follows the last expression.
  const texts: string[] = [''];
  const runs: Evaluator[] = [];
  for (const p of pieces) {
    if ('text' in p) texts[texts.length - 1] += p.text;
    else {
      runs.push(p.run);
      texts.push('');
    }
  }
  const whole: [number, number] = [0, text.length];
  return (ctx) => {
    try {
      let out = texts[0] as string;
      for (let i = 0; i < runs.length; i++) {
        out += toText((runs[i] as Evaluator)(ctx)) + (texts[i + 1] as string);
      }
      return { ok: true, value: out };
    } catch (e) {
      return failure(e, whole);
    }
  };
}

function failure(e: unknown, span: [number, number]): EvalResult {
  if (e instanceof ImlFault) {
    const error = e.error;
    if (error.span[0] === 0 && error.span[1] === 0) error.span = span;
    return { ok: false, error };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { ok: false, error: internalError(`Unexpected failure: ${message}`, span) };
}
