/** Errors of the webhook modules; each names the request or field at fault. */
import { ModuleError } from '../contract';

export const badRequestBody = (eventId: string, reason: string) =>
  new ModuleError('BundleValidationError', `Webhook request ${eventId}: body: ${reason}`);

export const invalidStatus = (value: unknown) =>
  new ModuleError(
    'DataError',
    `Status: '${String(value)}' is not an HTTP status code (a whole number from 100 to 599)`,
  );

export const tooManyHeaders = (count: number) =>
  new ModuleError('DataError', `Custom headers: ${count} given, at most 16 are allowed`);

export const badHeader = (index: number, reason: string) =>
  new ModuleError('DataError', `Custom headers[${index}]: ${reason}`);
