const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  euro: '€',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code =
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

const BLOCK =
  /^(p|div|section|article|header|footer|main|aside|nav|table|tr|ul|ol|dl|blockquote|pre|h[1-6]|form|fieldset|address|figure|hr)$/;

/**
 * Plain text of HTML without a DOM (the engine worker has none): scripts, styles and comments
 * dropped; block elements and `<br>` break lines; list items start with `* `; table cells are
 * separated by tabs; headings optionally upper-cased; entities decoded; runs of blank lines and
 * spaces collapsed.
 *
 * @example htmlToText('<h1>Hi</h1><p>a&amp;b<br>c</p>', true); // 'HI\n\na&b\nc'
 */
export function htmlToText(html: string, uppercaseHeadings: boolean): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|template)\b[\s\S]*?<\/\1\s*>/gi, '');
  let out = '';
  let heading = 0;
  const tag = /<\/?([a-z][a-z0-9]*)\b[^>]*>/gi;
  let last = 0;
  const text = (s: string) => {
    const t = decodeEntities(s.replace(/\s+/g, ' '));
    out += heading > 0 && uppercaseHeadings ? t.toUpperCase() : t;
  };
  for (let m = tag.exec(body); m !== null; m = tag.exec(body)) {
    text(body.slice(last, m.index));
    last = tag.lastIndex;
    const name = (m[1] ?? '').toLowerCase();
    const closing = m[0][1] === '/';
    if (/^h[1-6]$/.test(name)) heading += closing ? -1 : 1;
    if (name === 'br') out += '\n';
    else if (name === 'li' && !closing) out += '\n* ';
    else if ((name === 'td' || name === 'th') && closing) out += '\t';
    else if (BLOCK.test(name)) out += '\n\n';
  }
  text(body.slice(last));
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/g, '').replace(/^ +/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
