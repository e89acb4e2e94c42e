/**
 * Tokenizer for the inside of one `{{…}}`. It stops at the closing `}}` (outside strings and
 * backticks) and never fails: characters it has no token for become `char` tokens, which the
 * parser may keep as unquoted literal text of a function argument.
 */
import type { Span } from './errors';

export type TokenType =
  | 'number'
  | 'string'
  | 'ident'
  | 'backtick'
  | 'op'
  | 'punct'
  | 'datetext'
  | 'char'
  | 'close'
  | 'end';

export interface Token {
  type: TokenType;
  /** Operator or punctuation text, identifier name, unquoted string or backtick content. */
  text: string;
  value?: number;
  span: Span;
  /** Set on string/backtick tokens whose closing quote is missing. */
  unclosed?: boolean;
}

const OPERATORS = ['!=', '<=', '>=', '=', '<', '>', '+', '-', '*', '/', '%', '&', '|'];
const PUNCT = '()[];.,';
const IDENT_START = /[\p{L}_$]/u;
const IDENT_PART = /[\p{L}\p{N}_$]/u;
// A date written without quotes (`2016-12-28`, `2015-08-07T11:36:39.138Z`) is one literal, as in
// Make's documented examples, never a subtraction.
const DATE_TEXT = /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/y;
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Tokens of the expression starting at `start` in `text`, up to and including its `}}` (a
 * `close` token) or an `end` token when the text ends first.
 *
 * @example
 * tokenize('{{1.a + 2}}', 2).map((t) => t.text); // ['1', '.', 'a', '+', '2', '}}']
 */
export function tokenize(text: string, start: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0') {
      i++;
      continue;
    }
    if (c === '}' && text[i + 1] === '}') {
      tokens.push({ type: 'close', text: '}}', span: [i, i + 2] });
      return tokens;
    }
    if (c === '"') {
      i = readQuoted(text, i, tokens);
      continue;
    }
    if (c === '`') {
      const endQuote = text.indexOf('`', i + 1);
      const stop = endQuote === -1 ? n : endQuote + 1;
      tokens.push({
        type: 'backtick',
        text: text.slice(i + 1, endQuote === -1 ? n : endQuote),
        span: [i, stop],
        ...(endQuote === -1 ? { unclosed: true } : {}),
      });
      i = stop;
      continue;
    }
    if (c >= '0' && c <= '9') {
      DATE_TEXT.lastIndex = i;
      const date = DATE_TEXT.exec(text);
      if (date) {
        tokens.push({ type: 'datetext', text: date[0], span: [i, i + date[0].length] });
        i += date[0].length;
        continue;
      }
      NUMBER.lastIndex = i;
      const num = NUMBER.exec(text) as RegExpExecArray;
      let digits = num[0];
      // `1.a`: the dot belongs to a module reference, not to the number.
      const dot = digits.indexOf('.');
      if (dot !== -1 && !/^\.\d/.test(digits.slice(dot))) digits = digits.slice(0, dot);
      tokens.push({
        type: 'number',
        text: digits,
        value: Number(digits),
        span: [i, i + digits.length],
      });
      i += digits.length;
      continue;
    }
    if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < n && IDENT_PART.test(text[j] as string)) j++;
      tokens.push({ type: 'ident', text: text.slice(i, j), span: [i, j] });
      i = j;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op) {
      tokens.push({ type: 'op', text: op, span: [i, i + op.length] });
      i += op.length;
      continue;
    }
    tokens.push({ type: PUNCT.includes(c) ? 'punct' : 'char', text: c, span: [i, i + 1] });
    i++;
  }
  tokens.push({ type: 'end', text: '', span: [n, n] });
  return tokens;
}

/** A double-quoted string; `""` inside stands for one `"` (MAKE-OUTPUTS.md §13). */
function readQuoted(text: string, start: number, tokens: Token[]): number {
  let value = '';
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q === -1) {
      tokens.push({
        type: 'string',
        text: value + text.slice(i),
        span: [start, text.length],
        unclosed: true,
      });
      return text.length;
    }
    value += text.slice(i, q);
    if (text[q + 1] === '"') {
      value += '"';
      i = q + 2;
      continue;
    }
    tokens.push({ type: 'string', text: value, span: [start, q + 1] });
    return q + 1;
  }
}
