/**
 * `/pattern/flags` text → RegExp, built once per distinct pattern (fields usually pass the same
 * literal every bundle, so evaluation does not compile regexes).
 */
import { fail, invalidArgument } from '../errors';

const cache = new Map<string, RegExp | null>();
const LIMIT = 500;
const REGEX_TEXT = /^\/(.*)\/([a-z]*)$/s;

/** The RegExp that `search` spells, or null when it is plain text. Fails on an invalid pattern. */
export function regexOf(search: string, fn: string): RegExp | null {
  let r = cache.get(search);
  if (r !== undefined) {
    if (r) r.lastIndex = 0;
    return r;
  }
  const m = REGEX_TEXT.exec(search);
  if (!m) r = null;
  else {
    const [, body = '', flags = ''] = m;
    if (/\(\?<[^=!]/.test(body)) {
      return fail(invalidArgument(`${fn}(): named groups are not allowed in regular expressions.`));
    }
    try {
      r = new RegExp(body, flags.replace(/[^gimsu]/g, ''));
    } catch {
      return fail(invalidArgument(`${fn}(): '${search}' is not a valid regular expression.`));
    }
  }
  if (cache.size >= LIMIT) cache.clear();
  cache.set(search, r);
  return r;
}
