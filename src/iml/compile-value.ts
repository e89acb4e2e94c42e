/**
 * compileValue: a deep template (a module's `mapper`). Strings are fields, arrays and objects
 * recurse, other JSON values are constants; keys whose value evaluates to IGNORE are left out.
 */
import { compileField } from './compile-field';
import type { CompiledValue, EvalContext, ImlError, PathError } from './types';
import { IGNORE } from './types';

type Node = (ctx: EvalContext) => unknown;

class TemplateFault {
  constructor(public readonly error: PathError) {}
}

const withPath = (error: ImlError, path: string): PathError => ({ ...error, path });

/**
 * Compile a template once; evaluate per bundle. Never throws.
 *
 * @example
 * compileValue({ url: 'https://x/{{1.id}}', n: 3 }, 'mapper').moduleRefs; // ['1']
 */
export function compileValue(template: unknown, path = ''): CompiledValue {
  const errors: PathError[] = [];
  const refs = new Set<string>();

  function build(node: unknown, at: string): Node {
    if (typeof node === 'string') {
      const field = compileField(node);
      for (const e of field.errors) errors.push(withPath(e, at));
      for (const r of field.moduleRefs) refs.add(r);
      if (field.isConstant) return () => node;
      return (ctx) => {
        const r = field.evaluate(ctx);
        if (!r.ok) throw new TemplateFault(withPath(r.error, at));
        return r.value;
      };
    }
    if (Array.isArray(node)) {
      const items = node.map((item, i) => build(item, `${at}[${i}]`));
      return (ctx) => {
        const out: unknown[] = [];
        for (const item of items) {
          const v = item(ctx);
          if (v !== IGNORE) out.push(v);
        }
        return out;
      };
    }
    if (typeof node === 'object' && node !== null) {
      const entries = Object.entries(node).map(
        ([k, v]) => [k, build(v, at === '' ? k : `${at}.${k}`)] as const,
      );
      return (ctx) => {
        const out: Record<string, unknown> = {};
        for (const [k, run] of entries) {
          const v = run(ctx);
          if (v !== IGNORE) out[k] = v;
        }
        return out;
      };
    }
    return () => node;
  }

  const root = build(template, path);
  return {
    errors,
    moduleRefs: [...refs],
    evaluate(ctx) {
      try {
        return { ok: true, value: root(ctx) };
      } catch (e) {
        if (e instanceof TemplateFault) return { ok: false, error: e.error };
        throw e;
      }
    },
  };
}
