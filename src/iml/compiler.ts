/**
 * Compiler: syntax tree → closures. A field is compiled once; each closure then runs per bundle
 * with no parsing, no regex building and pre-split paths (the engine's hot path).
 */
import type { Expr, PathSegment } from './ast';
import { toBoolean } from './coercion';
import { ImlFault, internalError, unknownFunction, wrongArgumentCount } from './errors';
import type { Span } from './errors';
import { FUNCTIONS } from './functions/registry';
import type { Thunk } from './functions/define';
import { applyBinary } from './operators';
import { getIndex, getKey } from './path';
import { ERASE, IGNORE, type EvalContext, type ImlError } from './types';

export type Evaluator = (ctx: EvalContext) => unknown;

/** Collects compile errors and module references while compiling one field. */
export interface CompileState {
  errors: ImlError[];
  moduleRefs: Set<string>;
}

const KEYWORD_VALUES: Record<string, unknown> = {
  null: null,
  true: true,
  false: false,
  emptystring: '',
  space: ' ',
  tab: '\t',
  newline: '\n',
  nbsp: '\u00a0',
  carriagereturn: '\r',
  ignore: IGNORE,
  erase: ERASE,
};

/** Compile one expression; errors go to `state`, and a broken node evaluates to undefined. */
export function compileExpr(expr: Expr, state: CompileState): Evaluator {
  switch (expr.type) {
    case 'literal': {
      const value = expr.value;
      return () => value;
    }
    case 'raw': {
      const text = expr.text;
      return () => text;
    }
    case 'keyword': {
      if (expr.name === 'emptyarray') return () => [];
      const value = KEYWORD_VALUES[expr.name];
      return () => value;
    }
    case 'variable':
      return compileVariable(expr.name);
    case 'ref': {
      state.moduleRefs.add(expr.moduleId);
      const id = expr.moduleId;
      const walk = compilePath(expr.path, state);
      return walk ? (ctx) => walk(ctx.bundle(id), ctx) : (ctx) => ctx.bundle(id);
    }
    case 'postfix': {
      const target = compileExpr(expr.target, state);
      const walk = compilePath(expr.path, state) as PathWalker;
      return (ctx) => walk(target(ctx), ctx);
    }
    case 'unary': {
      const operand = compileExpr(expr.operand, state);
      const span = expr.span;
      return expr.op === '-'
        ? (ctx) => applyBinary('-', 0, operand(ctx), span)
        : (ctx) => applyBinary('-', operand(ctx), 0, span);
    }
    case 'binary':
      return compileBinary(expr, state);
    case 'call':
      return compileCall(expr, state);
  }
}

function compileBinary(expr: Extract<Expr, { type: 'binary' }>, state: CompileState): Evaluator {
  const left = compileExpr(expr.left, state);
  const right = compileExpr(expr.right, state);
  const op = expr.op;
  const span = expr.span;
  if (op === '&') return (ctx) => toBoolean(left(ctx)) && toBoolean(right(ctx));
  if (op === '|') return (ctx) => toBoolean(left(ctx)) || toBoolean(right(ctx));
  return (ctx) => applyBinary(op, left(ctx), right(ctx), span);
}

function compileVariable(name: string): Evaluator {
  switch (name) {
    case 'now':
      return (ctx) => ctx.now;
    case 'timestamp':
      return (ctx) => Math.floor(ctx.now.getTime() / 1000);
    case 'random':
      return () => Math.random();
    case 'uuid':
      return () => crypto.randomUUID();
    case 'pi':
      return () => Math.PI;
    default:
      return (ctx) => ctx.executionId;
  }
}

type PathWalker = (value: unknown, ctx: EvalContext) => unknown;

/** A walker over pre-compiled segments, or undefined for an empty path. */
function compilePath(path: PathSegment[], state: CompileState): PathWalker | undefined {
  if (path.length === 0) return undefined;
  if (path.every((s) => s.kind === 'key')) {
    const keys = path.map((s) => (s as { name: string }).name);
    if (keys.length === 1) {
      const k = keys[0] as string;
      return (v) => getKey(v, k);
    }
    return (v) => {
      let x = v;
      for (let i = 0; i < keys.length && x !== undefined; i++) x = getKey(x, keys[i] as string);
      return x;
    };
  }
  const steps: PathWalker[] = path.map((s) => {
    if (s.kind === 'key') return (v) => getKey(v, s.name);
    if (s.index === null) return (v) => getIndex(v, null);
    const index = compileExpr(s.index, state);
    return (v, ctx) => getIndex(v, index(ctx));
  });
  return (v, ctx) => {
    let x = v;
    for (let i = 0; i < steps.length && x !== undefined; i++) x = (steps[i] as PathWalker)(x, ctx);
    return x;
  };
}

function compileCall(expr: Extract<Expr, { type: 'call' }>, state: CompileState): Evaluator {
  const def = FUNCTIONS.get(expr.name);
  const args = expr.args.map((a) => compileExpr(a, state));
  if (!def) {
    state.errors.push(unknownFunction(`There is no function named '${expr.name}'.`, expr.nameSpan));
    return () => undefined;
  }
  // `f()` parses as one empty argument; it means no arguments at all.
  const count = expr.args.length === 1 && isEmptyArg(expr.args[0]) ? 0 : args.length;
  if (count < def.minArgs || count > def.maxArgs) {
    const want =
      def.minArgs === def.maxArgs
        ? `${def.minArgs}`
        : def.maxArgs === Infinity
          ? `at least ${def.minArgs}`
          : `${def.minArgs} to ${def.maxArgs}`;
    state.errors.push(
      wrongArgumentCount(
        `${def.name}() takes ${want} arguments, but got ${count}: ${def.signature}.`,
        expr.span,
      ),
    );
    return () => undefined;
  }
  const used = args.slice(0, count);
  const span = expr.span;
  if (def.lazy) {
    // Lazy functions (if, ifempty, switch) get the argument evaluators themselves and call only
    // the ones they need: no thunk or array is made per evaluation.
    const impl = def.impl;
    const thunks: Thunk[] = used;
    return (ctx) => {
      try {
        return impl(thunks, ctx);
      } catch (e) {
        return rethrow(e, span);
      }
    };
  }
  const impl = def.impl;
  if (used.length === 1) {
    const a0 = used[0] as Evaluator;
    return (ctx) => {
      try {
        return impl([a0(ctx)], ctx);
      } catch (e) {
        return rethrow(e, span);
      }
    };
  }
  if (used.length === 2) {
    const a0 = used[0] as Evaluator;
    const a1 = used[1] as Evaluator;
    return (ctx) => {
      try {
        return impl([a0(ctx), a1(ctx)], ctx);
      } catch (e) {
        return rethrow(e, span);
      }
    };
  }
  return (ctx) => {
    try {
      return impl(
        used.map((a) => a(ctx)),
        ctx,
      );
    } catch (e) {
      return rethrow(e, span);
    }
  };
}

function isEmptyArg(e: Expr | undefined): boolean {
  return e?.type === 'literal' && e.value === undefined && e.span[0] === e.span[1];
}

/** Give an error raised inside a function this call's span unless a deeper node set one. */
function rethrow(e: unknown, span: Span): never {
  if (e instanceof ImlFault) {
    if (e.error.span[0] === 0 && e.error.span[1] === 0) e.error.span = span;
    throw e;
  }
  const message = e instanceof Error ? e.message : String(e);
  throw new ImlFault(internalError(`Unexpected failure: ${message}`, span));
}
