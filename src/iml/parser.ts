/**
 * Parser: field text → parts (literal text and `{{…}}` expressions with spans). Recursive descent
 * over the tokens of each `{{…}}`. A function argument that is not one valid expression, and
 * holds no module reference or call, is unquoted literal text, trimmed (`formatDate(now;
 * YYYY-MM-DD)`, `if(1 = 1; A; B)`), as Make's documented examples write them.
 */
import type { BinaryOp, Expr, FieldPart, PathSegment } from './ast';
import type { ImlError } from './types';
import * as E from './errors';
import { tokenize, type Token } from './tokenizer';

export const KEYWORDS: ReadonlySet<string> = new Set([
  'null',
  'true',
  'false',
  'emptystring',
  'emptyarray',
  'space',
  'tab',
  'newline',
  'nbsp',
  'carriagereturn',
  'ignore',
  'erase',
]);
export const VARIABLES: ReadonlySet<string> = new Set([
  'now',
  'timestamp',
  'random',
  'uuid',
  'pi',
  'executionId',
]);

class ParseError {
  constructor(public readonly error: ImlError) {}
}

export interface ParsedField {
  parts: FieldPart[];
  errors: ImlError[];
}

/**
 * Split a field into text and expressions. Never throws; syntax errors come back with spans.
 *
 * @example
 * parseField('Hi {{1.name}}').parts.length; // 2
 */
export function parseField(text: string): ParsedField {
  const parts: FieldPart[] = [];
  const errors: ImlError[] = [];
  let pos = 0;
  while (pos < text.length) {
    const open = text.indexOf('{{', pos);
    if (open === -1) {
      parts.push({ type: 'text', value: text.slice(pos) });
      break;
    }
    if (open > pos) parts.push({ type: 'text', value: text.slice(pos, open) });
    const tokens = tokenize(text, open + 2);
    const last = tokens[tokens.length - 1] as Token;
    const end = last.span[1];
    try {
      const unclosedQuote = tokens.find((t) => t.unclosed);
      if (last.type === 'end' && unclosedQuote) {
        throw new ParseError(
          E.unclosedQuote('This quoted text is never closed.', unclosedQuote.span),
        );
      }
      if (last.type === 'end') {
        throw new ParseError(E.unclosedExpression("'{{' is never closed with '}}'.", [open, end]));
      }
      const p = new Parser(text, tokens, 0, tokens.length - 1);
      if (tokens.length === 1) {
        throw new ParseError(
          E.emptyExpression('There is no expression between {{ and }}.', [open, end]),
        );
      }
      const expr = p.parseExpression();
      p.expectEnd();
      parts.push({ type: 'expr', expr, span: [open, end] });
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      errors.push(e.error);
    }
    pos = end;
  }
  return { parts, errors };
}

const PRECEDENCE: Record<string, number> = {
  '|': 1,
  or: 1,
  '&': 2,
  and: 2,
  '=': 3,
  '!=': 3,
  '<': 3,
  '>': 3,
  '<=': 3,
  '>=': 3,
  '+': 4,
  '-': 4,
  '*': 5,
  '/': 5,
  '%': 5,
};

class Parser {
  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private pos: number,
    /** Index one past the last token this parser may read. */
    private readonly stop: number,
  ) {}

  private peek(): Token {
    return (this.pos < this.stop ? this.tokens[this.pos] : this.tokens[this.stop]) as Token;
  }

  private next(): Token {
    const t = this.peek();
    if (this.pos < this.stop) this.pos++;
    return t;
  }

  private atEnd(): boolean {
    return this.pos >= this.stop;
  }

  expectEnd(): void {
    if (!this.atEnd()) throw this.unexpected(this.peek());
  }

  private unexpected(t: Token): ParseError {
    if (t.type === 'close' || t.type === 'end' || (t.type === 'punct' && t.text === ';')) {
      return new ParseError(E.unexpectedToken('The expression ends too early.', t.span));
    }
    return new ParseError(E.unexpectedToken(`'${t.text}' is not expected here.`, t.span));
  }

  private binaryOp(): { op: BinaryOp; prec: number } | undefined {
    const t = this.peek();
    if (this.atEnd()) return undefined;
    if (t.type === 'op') return { op: t.text as BinaryOp, prec: PRECEDENCE[t.text] as number };
    if (t.type === 'ident' && (t.text === 'and' || t.text === 'or')) {
      return { op: t.text === 'and' ? '&' : '|', prec: PRECEDENCE[t.text] as number };
    }
    return undefined;
  }

  parseExpression(minPrec = 1): Expr {
    let left = this.parseUnary();
    for (;;) {
      const found = this.binaryOp();
      if (!found || found.prec < minPrec) return left;
      this.next();
      const right = this.parseExpression(found.prec + 1);
      left = { type: 'binary', op: found.op, left, right, span: [left.span[0], right.span[1]] };
    }
  }

  private parseUnary(): Expr {
    const t = this.peek();
    if (!this.atEnd() && t.type === 'op' && (t.text === '-' || t.text === '+')) {
      this.next();
      const operand = this.parseUnary();
      return { type: 'unary', op: t.text, operand, span: [t.span[0], operand.span[1]] };
    }
    return this.parsePostfix(this.parsePrimary());
  }

  private parsePostfix(target: Expr): Expr {
    const path = this.parsePath(target.span[1]);
    if (path.segments.length === 0) return target;
    if (target.type === 'ref') {
      return {
        ...target,
        path: [...target.path, ...path.segments],
        span: [target.span[0], path.end],
      };
    }
    return { type: 'postfix', target, path: path.segments, span: [target.span[0], path.end] };
  }

  /** `.name`, ``.`odd name` ``, `[expr]`, `[]` right after the previous token. */
  private parsePath(after: number): { segments: PathSegment[]; end: number } {
    const segments: PathSegment[] = [];
    let end = after;
    for (;;) {
      const t = this.peek();
      if (this.atEnd() || t.span[0] !== end) return { segments, end };
      if (t.type === 'punct' && t.text === '.') {
        this.next();
        const seg = this.next();
        if (
          (seg.type !== 'ident' && seg.type !== 'backtick' && seg.type !== 'number') ||
          seg.span[0] !== t.span[1]
        ) {
          throw this.unexpected(seg);
        }
        this.checkQuote(seg);
        segments.push({ kind: 'key', name: seg.text });
        end = seg.span[1];
      } else if (t.type === 'punct' && t.text === '[') {
        this.next();
        if (this.peek().type === 'punct' && this.peek().text === ']') {
          end = this.next().span[1];
          segments.push({ kind: 'index', index: null });
          continue;
        }
        const index = this.parseExpression();
        const close = this.next();
        if (close.type !== 'punct' || close.text !== ']') {
          throw new ParseError(
            E.unbalanced("'[' is never closed with ']'.", [t.span[0], close.span[1]]),
          );
        }
        segments.push({ kind: 'index', index });
        end = close.span[1];
      } else {
        return { segments, end };
      }
    }
  }

  private checkQuote(t: Token): void {
    if (t.unclosed) {
      const what =
        t.type === 'string' ? 'text is missing its closing "' : 'name is missing its closing `';
      throw new ParseError(E.unclosedQuote(`This quoted ${what}.`, t.span));
    }
  }

  private parsePrimary(): Expr {
    const t = this.next();
    if (t.type === 'number') {
      const dot = this.peek();
      if (!this.atEnd() && dot.type === 'punct' && dot.text === '.' && dot.span[0] === t.span[1]) {
        return { type: 'ref', moduleId: t.text, path: [], span: t.span };
      }
      return { type: 'literal', value: t.value, span: t.span };
    }
    if (t.type === 'string') {
      this.checkQuote(t);
      return { type: 'literal', value: t.text, span: t.span };
    }
    if (t.type === 'datetext') return { type: 'raw', text: t.text, span: t.span };
    if (t.type === 'backtick') {
      this.checkQuote(t);
      if (/^\d+$/.test(t.text)) return { type: 'ref', moduleId: t.text, path: [], span: t.span };
      throw new ParseError(E.unknownName(`\`${t.text}\` is not a module reference.`, t.span));
    }
    if (t.type === 'punct' && t.text === '(') {
      const inner = this.parseExpression();
      const close = this.next();
      if (close.type !== 'punct' || close.text !== ')') {
        throw new ParseError(
          E.unbalanced("'(' is never closed with ')'.", [t.span[0], close.span[1]]),
        );
      }
      return { ...inner, span: [t.span[0], close.span[1]] };
    }
    if (t.type === 'ident') {
      const paren = this.peek();
      if (!this.atEnd() && paren.type === 'punct' && paren.text === '(') {
        this.next();
        return this.parseCall(t);
      }
      if (KEYWORDS.has(t.text)) return { type: 'keyword', name: t.text, span: t.span };
      if (VARIABLES.has(t.text)) return { type: 'variable', name: t.text, span: t.span };
      throw new ParseError(
        E.unknownName(
          `'${t.text}' is not a function, keyword, variable or module reference.`,
          t.span,
        ),
      );
    }
    throw this.unexpected(t);
  }

  private parseCall(name: Token): Expr {
    const args: Expr[] = [];
    for (;;) {
      const argEnd = this.findArgumentEnd(name);
      args.push(this.parseArgument(this.pos, argEnd));
      this.pos = argEnd;
      const sep = this.next();
      if (sep.text === ')') {
        return {
          type: 'call',
          name: name.text,
          args,
          span: [name.span[0], sep.span[1]],
          nameSpan: name.span,
        };
      }
    }
  }

  /** Index of the `;` or `)` that ends the argument starting at `this.pos`. */
  private findArgumentEnd(name: Token): number {
    let depth = 0;
    for (let i = this.pos; i < this.stop; i++) {
      const t = this.tokens[i] as Token;
      if (t.type !== 'punct') continue;
      if (t.text === '(' || t.text === '[') depth++;
      else if ((t.text === ')' || t.text === ']') && depth > 0) depth--;
      else if (depth === 0 && (t.text === ';' || t.text === ')')) return i;
    }
    const end = this.tokens[this.stop] as Token;
    throw new ParseError(
      E.unbalanced(`'${name.text}(' is never closed with ')'.`, [name.span[0], end.span[1]]),
    );
  }

  private parseArgument(from: number, to: number): Expr {
    const first = this.tokens[from] as Token;
    if (from === to) {
      return { type: 'literal', value: undefined, span: [first.span[0], first.span[0]] };
    }
    const sub = new Parser(this.text, this.tokens, from, to);
    try {
      const expr = sub.parseExpression();
      sub.expectEnd();
      return expr;
    } catch (e) {
      if (!(e instanceof ParseError) || !this.mayBeRaw(from, to)) throw e;
      const last = this.tokens[to - 1] as Token;
      const span: [number, number] = [first.span[0], last.span[1]];
      return { type: 'raw', text: this.source(span), span };
    }
  }

  /** Unquoted text may not hide module references or calls: those stay syntax errors. */
  private mayBeRaw(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const t = this.tokens[i] as Token;
      const next = this.tokens[i + 1];
      if (t.unclosed) return false;
      if (t.type === 'number' && next?.text === '.' && next.span[0] === t.span[1] && i + 1 < to) {
        const after = this.tokens[i + 2];
        if (after && (after.type === 'ident' || after.type === 'backtick')) return false;
      }
      if (t.type === 'ident' && next?.text === '(' && i + 1 < to) return false;
    }
    return true;
  }

  private source(span: [number, number]): string {
    return this.text.slice(span[0], span[1]);
  }
}
