import { toText } from '../../iml';
import type { FieldSpec } from '../contract';
import { field } from '../define';
import { badDelimiter } from './errors';

/** The delimiter choice of both CSV modules (Make's "Delimiter": comma, tab or other). */
export const delimiterFields: readonly FieldSpec[] = [
  field('delimiter', 'Delimiter', 'select', {
    default: ',',
    options: [
      { value: ',', label: 'Comma' },
      { value: ';', label: 'Semicolon' },
      { value: '\t', label: 'Tab' },
      { value: 'other', label: 'Other' },
    ],
  }),
  field('otherDelimiter', 'Delimiter character', 'text', { help: 'When Delimiter is Other.' }),
];

/**
 * The delimiter a field set asks for; one character, not a quote or line break.
 *
 * @example delimiterOf({ delimiter: 'other', otherDelimiter: '|' }); // '|'
 */
export function delimiterOf(m: Readonly<Record<string, unknown>>, quote = '"'): string {
  const raw = m.delimiter;
  const other = raw === 'other';
  const value = other ? toText(m.otherDelimiter) : raw == null || raw === '' ? ',' : toText(raw);
  const label = other ? 'Delimiter character' : 'Delimiter';
  if ([...value].length !== 1 || value === quote || value === '\n' || value === '\r')
    throw badDelimiter(label, value);
  return value;
}
