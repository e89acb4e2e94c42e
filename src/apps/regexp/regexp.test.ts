import { describe, expect, it } from 'vitest';
import { fakeContext, runModule } from '../util-tools/fake-context';
import { htmlToText } from './html-to-text';
import { htmlToTextModule } from './html-to-text-module';
import { parser, replace } from './parser';

describe('regexp:Parser', () => {
  it('outputs $n and named groups, one bundle per match when global', async () => {
    const ctx = fakeContext({ parameters: { pattern: '(?<word>[a-z]+)=(\\d+)', global: true } });
    const out = await runModule(parser, ctx, { text: 'a=1, bb=22' });
    expect(out).toEqual([
      { $1: 'a', $2: '1', word: 'a', __IMTMATCH__: 'a=1', __IMTINDEX__: 1, __IMTLENGTH__: 2 },
      { $1: 'bb', $2: '22', word: 'bb', __IMTMATCH__: 'bb=22', __IMTINDEX__: 2, __IMTLENGTH__: 2 },
    ]);
    const first = fakeContext({ parameters: { pattern: '(\\{[\\s\\S]*?\\})', sensitive: true } });
    expect(await runModule(parser, first, { text: 'x {"a":1} {"b":2}' })).toMatchObject([
      { $1: '{"a":1}' },
    ]);
  });

  it('honours case and gives nothing (or an empty bundle) without a match', async () => {
    const ci = fakeContext({ parameters: { pattern: 'ABC', sensitive: false } });
    expect(await runModule(parser, ci, { text: 'xabc' })).toHaveLength(1);
    const cs = fakeContext({ parameters: { pattern: 'ABC' } });
    expect(await runModule(parser, cs, { text: 'xabc' })).toEqual([]);
    const go = fakeContext({ parameters: { pattern: 'ABC', continueWhenNoRes: true } });
    expect(await runModule(parser, go, { text: 'x' })).toEqual([{ __IMTLENGTH__: 0 }]);
  });

  it('names the Pattern field for a bad or missing pattern', async () => {
    await expect(
      runModule(parser, fakeContext({ parameters: { pattern: '(' } }), { text: '' }),
    ).rejects.toThrow(/^Pattern: '\(' is not a valid regular expression/);
    await expect(runModule(parser, fakeContext(), { text: '' })).rejects.toMatchObject({
      type: 'DataError',
    });
  });
});

describe('regexp:Replace', () => {
  it('replaces the first or every match, with group references', async () => {
    const ctx = fakeContext();
    const input = { pattern: '(\\w+)@', value: '[$1]', text: 'a@ b@' };
    expect(await runModule(replace, ctx, input)).toEqual([{ text: '[a] b@' }]);
    expect(await runModule(replace, ctx, { ...input, global: true })).toEqual([
      { text: '[a] [b]' },
    ]);
    expect(
      await runModule(replace, ctx, {
        pattern: '^b',
        value: 'X',
        text: 'a\nb',
        multiline: true,
        global: true,
      }),
    ).toEqual([{ text: 'a\nX' }]);
  });
});

describe('regexp:HTMLToText', () => {
  it('breaks blocks, lists and line breaks, upper-cases headings, decodes entities', () => {
    const html =
      '<html><head><title>t</title></head><body><h2>News</h2><script>x()</script>' +
      '<p>Caf&eacute; &amp; tea&nbsp;&#8364;5<br/>open</p><ul><li>one</li><li>two</li></ul></body></html>';
    expect(htmlToText(html, true)).toBe('NEWS\n\nCafé & tea\u00a0€5\nopen\n\n* one\n* two');
    expect(htmlToText('<h1>Hi</h1>', false)).toBe('Hi');
  });

  it('uses the chosen line break', async () => {
    const out = await runModule(htmlToTextModule, fakeContext(), {
      html: 'a<br>b',
      newline: 'crlf',
    });
    expect(out).toEqual([{ text: 'a\r\nb' }]);
  });
});
