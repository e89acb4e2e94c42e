import { describe, expect, it } from 'vitest';
import { cleanFilter, hasCi, operatorLabel } from './filter-model';

describe('filter model', () => {
  it('drops empty rows and groups, and b of unary operators', () => {
    const f = cleanFilter({
      name: 'big',
      conditions: [
        [
          { a: '{{1.x}}', o: 'exist', b: 'junk' },
          { a: '', o: 'text:equal', b: 'x' },
        ],
        [{ a: ' ', o: 'text:equal', b: '' }],
      ],
    });
    expect(f).toEqual({ name: 'big', conditions: [[{ a: '{{1.x}}', o: 'exist' }]] });
    expect(cleanFilter({ conditions: [[{ a: '', o: 'exist' }]] })).toBeNull();
  });

  it('knows which operators have a case-insensitive twin and names them', () => {
    expect(hasCi('text:contain')).toBe(true);
    expect(hasCi('number:equal')).toBe(false);
    expect(operatorLabel('number:greaterorequal')).toBe('Greater than or equal to');
  });
});
