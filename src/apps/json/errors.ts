/** Errors of the JSON app and of data-structure validation; each names the field at fault. */
import { ModuleError } from '../contract';

export const invalidJson = (field: string, reason: string) =>
  new ModuleError('DataError', `${field}: the text is not valid JSON (${reason})`);

export const unknownStructure = (id: string) =>
  new ModuleError(
    'InvalidConfigurationError',
    `Data structure: '${id}' is not defined on this device; bind or create it`,
  );

export const missingField = (path: string) =>
  new ModuleError('BundleValidationError', `${path}: a value is required`);

export const wrongType = (path: string, type: string, value: unknown) =>
  new ModuleError(
    'BundleValidationError',
    `${path}: expected ${type}, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
  );

export const extraField = (path: string) =>
  new ModuleError(
    'BundleValidationError',
    `${path}: not in the strict data structure (strict structures reject extra fields)`,
  );
