/** Errors of the data store modules; each names the field or record at fault. */
import { ModuleError } from '../contract';

export const noStore = () =>
  new ModuleError('InvalidConfigurationError', 'Data store: choose a data store');

export const badKey = (value: unknown) =>
  new ModuleError('DataError', `Key: '${String(value)}' is not text`);

export const keyRequired = () => new ModuleError('DataError', 'Key: a key is required');

export const duplicateKey = (key: string) =>
  new ModuleError(
    'DuplicateDataError',
    `Key: a record with key '${key}' already exists and "Overwrite an existing record" is off`,
  );

export const notFound = (key: string) =>
  new ModuleError(
    'DataError',
    `Key: no record with key '${key}', and "Insert missing record" is off`,
  );

export const notCollection = () =>
  new ModuleError('DataError', 'Record: the record data must be a collection of fields');

export const tooLarge = (bytes: number, max: number) =>
  new ModuleError(
    'DataSizeLimitExceededError',
    `Record: ${(bytes / 1048576).toFixed(1)} MB is over the ${max / 1048576} MB limit of one data store record`,
  );

export const badFilter = (where: string, reason: string) =>
  new ModuleError('DataError', `Filter ${where}: ${reason}`);

export const badLimit = (value: unknown) =>
  new ModuleError('DataError', `Limit: '${String(value)}' is not a positive whole number`);
