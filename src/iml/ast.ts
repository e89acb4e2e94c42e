/** The IML syntax tree. Every node keeps its source span (0-based, into the whole field text). */
import type { Span } from './errors';

export type PathSegment = { kind: 'key'; name: string } | { kind: 'index'; index: Expr | null };

export type Expr =
  | { type: 'literal'; value: unknown; span: Span }
  | { type: 'raw'; text: string; span: Span }
  | { type: 'keyword'; name: string; span: Span }
  | { type: 'variable'; name: string; span: Span }
  | { type: 'ref'; moduleId: string; path: PathSegment[]; span: Span }
  | { type: 'postfix'; target: Expr; path: PathSegment[]; span: Span }
  | { type: 'call'; name: string; args: Expr[]; span: Span; nameSpan: Span }
  | { type: 'unary'; op: '-' | '+'; operand: Expr; span: Span }
  | { type: 'binary'; op: BinaryOp; left: Expr; right: Expr; span: Span };

export type BinaryOp =
  '=' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%' | '&' | '|';

/** A field: literal text and `{{…}}` expressions in order. */
export type FieldPart = { type: 'text'; value: string } | { type: 'expr'; expr: Expr; span: Span };
