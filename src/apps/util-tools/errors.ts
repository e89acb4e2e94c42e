/** Errors of the tool modules; each names the field at fault. */
import { ModuleError } from '../contract';

export const badDelay = (value: unknown) =>
  new ModuleError(
    'DataError',
    `Delay: '${String(value)}' must be a number of seconds from 0 to 300`,
  );

export const sleepStopped = () =>
  new ModuleError('ExecutionInterruptedError', 'Delay: the run was stopped while sleeping');

export const unknownEncoding = (field: string, value: unknown) =>
  new ModuleError('DataError', `${field}: '${String(value)}' is not a known text encoding`);

export const notEncodable = (field: string, encoding: string, char: string) =>
  new ModuleError(
    'DataError',
    `${field}: '${char}' (U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}) cannot be written in ${encoding}`,
  );

export const notDecodable = (field: string, encoding: string) =>
  new ModuleError('DataError', `${field}: the data is not valid ${encoding}`);
