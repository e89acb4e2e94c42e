/** Text functions (help.make.com/text-and-binary-functions; MAKE-REFERENCE.md §3.4). */
import { toText } from '../coercion';
import { fail, invalidArgument } from '../errors';
import { equals } from '../operators';
import { int, isNil, text } from './args';
import { defineFunctions } from './define';
import { regexOf } from './regex-cache';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const EMOJI =
  /\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic}|\ufe0f|\p{Emoji_Modifier})*|\p{Regional_Indicator}{2}/gu;
const WORDS = /[\p{L}\p{N}]+/gu;

const simple = (name: string, help: string, example: string, fn: (s: string) => string) => ({
  name,
  categories: ['text' as const],
  signature: `${name}(text)`,
  help,
  example,
  minArgs: 1,
  maxArgs: 1,
  impl: ([v]: unknown[]) => fn(text(v)),
});

export const textFunctions = defineFunctions([
  {
    name: 'ascii',
    categories: ['text'],
    signature: 'ascii(text; [remove diacritics])',
    help: 'Removes non-ASCII characters; with true, letters lose their diacritics first.',
    example: 'ascii(ěščřž; true) → escrz',
    minArgs: 1,
    maxArgs: 2,
    impl: ([v, strip]) => {
      let s = text(v);
      if (strip === true || strip === 'true') s = s.normalize('NFD').replace(/\p{M}/gu, '');
      return s.replace(/[^\p{ASCII}]/gu, '');
    },
  },
  simple('capitalize', 'First character in upper case.', 'capitalize(make) → Make', (s) =>
    s.length ? (s[0] as string).toUpperCase() + s.slice(1) : s,
  ),
  simple('lower', 'All characters in lower case.', 'lower(Make) → make', (s) => s.toLowerCase()),
  simple('upper', 'All characters in upper case.', 'upper(Make) → MAKE', (s) => s.toUpperCase()),
  simple(
    'startcase',
    'Every word capitalized, the rest in lower case.',
    'startcase(hello WORLD) → Hello World',
    (s) =>
      (s.toLowerCase().match(WORDS) ?? [])
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(' '),
  ),
  simple('trim', 'Removes leading and trailing white space.', 'trim(  Make  ) → Make', (s) =>
    s.trim(),
  ),
  simple(
    'escapeHTML',
    'Escapes HTML special characters.',
    'escapeHTML(<b>Hello</b>) → &lt;b&gt;Hello&lt;/b&gt;',
    (s) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string),
  ),
  simple('stripHTML', 'Removes HTML tags.', 'stripHTML(<b>Hello</b>) → Hello', (s) =>
    s.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ''),
  ),
  simple(
    'encodeURL',
    'Encodes special characters for use in a URL.',
    'encodeURL(a b) → a%20b',
    (s) => encodeURIComponent(s),
  ),
  simple(
    'decodeURL',
    'Decodes URL escapes.',
    'decodeURL(Automate%20your%20workflow) → Automate your workflow',
    (s) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, '%20'));
      } catch {
        return fail(invalidArgument(`decodeURL() cannot decode '${s}'.`));
      }
    },
  ),
  {
    name: 'contains',
    categories: ['text', 'array'],
    signature: 'contains(text or array; value)',
    help: 'Whether the text contains the search text, or the array the value.',
    example: 'contains(Hello World; Hello) → true',
    minArgs: 2,
    maxArgs: 2,
    impl: ([v, search]) =>
      Array.isArray(v)
        ? v.includes(search) || v.some((x) => equals(x, search))
        : text(v).includes(text(search)),
  },
  {
    name: 'indexOf',
    categories: ['text'],
    signature: 'indexOf(text; value; [start])',
    help: 'Position (0-based) of the first occurrence from start, or -1.',
    example: 'indexOf(We love Make; e; 7) → 11',
    minArgs: 2,
    maxArgs: 3,
    impl: ([v, search, start]) =>
      text(v).indexOf(text(search), isNil(start) ? 0 : int(start, 'indexOf')),
  },
  {
    name: 'replace',
    categories: ['text'],
    signature: 'replace(text; search; replacement)',
    help: 'Replaces every occurrence; search may be a regular expression /…/gim, replacement may use $& and $1…$99.',
    example: 'replace(Hello World; /o/g; 0) → Hell0 W0rld',
    minArgs: 3,
    maxArgs: 3,
    impl: ([v, search, replacement]) => {
      const s = text(v);
      const pattern = text(search);
      const r = regexOf(pattern, 'replace');
      return r ? s.replace(r, text(replacement)) : s.replaceAll(pattern, text(replacement));
    },
  },
  {
    name: 'replaceEmojiCharacters',
    categories: ['text'],
    signature: 'replaceEmojiCharacters(text; replacement)',
    help: 'Replaces every emoji with the replacement text.',
    example: 'replaceEmojiCharacters(Hi 👋; !) → Hi !',
    minArgs: 1,
    maxArgs: 2,
    impl: ([v, replacement]) => text(v).replace(EMOJI, text(replacement)),
  },
  {
    name: 'split',
    categories: ['text'],
    signature: 'split(text; separator)',
    help: 'Splits text into an array at each separator.',
    example: 'split(a,b,c; ,) → [a, b, c]',
    minArgs: 2,
    maxArgs: 2,
    impl: ([v, sep]) => {
      const s = text(v);
      return s === '' ? [] : s.split(toText(sep));
    },
  },
  {
    name: 'substring',
    categories: ['text'],
    signature: 'substring(text; start; [end])',
    help: 'Part of the text from start to end (0-based, end excluded).',
    example: 'substring(Hello; 0; 3) → Hel',
    minArgs: 2,
    maxArgs: 3,
    impl: ([v, start, end]) =>
      text(v).substring(int(start, 'substring'), isNil(end) ? undefined : int(end, 'substring')),
  },
]);
