/** Errors of the text parser; each names the field at fault. */
import { ModuleError } from '../contract';

export const badPattern = (pattern: string, reason: string) =>
  new ModuleError(
    'DataError',
    `Pattern: '${pattern}' is not a valid regular expression (${reason})`,
  );

export const patternRequired = () => new ModuleError('DataError', 'Pattern: a pattern is required');
