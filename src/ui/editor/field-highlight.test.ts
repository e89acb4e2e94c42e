import { describe, expect, it } from 'vitest';
import { highlight } from './field-highlight';

describe('highlight', () => {
  it('keeps every character and marks mapped items as pills', () => {
    const { segments, errors } = highlight('Hi {{1.name}}!');
    expect(segments.map((s) => s.text).join('')).toBe('Hi {{1.name}}!');
    expect(segments.filter((s) => s.kind === 'pill').map((s) => s.text)).toEqual(['{{1.name}}']);
    expect(errors).toEqual([]);
  });

  it('reports a syntax error and marks its span', () => {
    const { segments, errors } = highlight('{{upper(1.a +)}}');
    expect(errors.length).toBeGreaterThan(0);
    expect(segments.some((s) => s.error !== undefined)).toBe(true);
    expect(segments.map((s) => s.text).join('')).toBe('{{upper(1.a +)}}');
  });
});
