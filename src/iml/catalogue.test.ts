import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue';

// DESIGN.md §6 lists these; the catalogue must offer each one.
const DESIGN_FUNCTIONS =
  'get if ifempty switch omit pick round ceil floor trunc abs min max sum average median stdevS stdevP parseNumber formatNumber ascii base64 capitalize contains decodeURL encodeURL escapeHTML stripHTML indexOf length lower upper startcase md5 sha1 sha256 sha512 replace split substring toBinary toString trim replaceEmojiCharacters formatDate parseDate addSeconds addMinutes addHours addDays addMonths addYears setSecond setMinute setHour setDate setDay setMonth setYear add deduplicate distinct first flatten join keys last map merge remove reverse shuffle slice sort toArray toCollection'.split(
    ' ',
  );

describe('catalogue', () => {
  it('lists every function of DESIGN.md §6 with signature, help and example', () => {
    const names = new Set(catalogue.functions.map((f) => f.name));
    for (const name of DESIGN_FUNCTIONS) expect(names, name).toContain(name);
    for (const f of catalogue.functions) {
      expect(f.signature.startsWith(`${f.name}(`), f.name).toBe(true);
      expect(f.help.length, f.name).toBeGreaterThan(5);
      expect(f.example, f.name).toContain(f.name);
    }
  });

  it('groups filter operators by type', () => {
    expect(Object.keys(catalogue.filterOperators)).toEqual([
      'basic',
      'text',
      'number',
      'date',
      'time',
      'semver',
      'array',
      'boolean',
    ]);
    expect(catalogue.filterOperators.text).toContain('text:notpattern:ci');
  });
});
