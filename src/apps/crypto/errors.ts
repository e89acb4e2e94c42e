/** Errors of the crypto modules; each names the field at fault. */
import { ModuleError } from '../contract';

export const badChoice = (field: string, value: unknown, allowed: readonly string[]) =>
  new ModuleError('DataError', `${field}: '${String(value)}' is not one of ${allowed.join(', ')}`);

export const badEncoded = (field: string, encoding: string) =>
  new ModuleError('DataError', `${field}: the text is not valid ${encoding}`);

export const badKey = (bytes: number) =>
  new ModuleError(
    'DataError',
    `Key: an AES key is 16, 24 or 32 bytes written as hex or base64; this one is ${bytes} bytes`,
  );

export const missing = (field: string) =>
  new ModuleError('DataError', `${field}: a value is required`);

export const decryptFailed = () =>
  new ModuleError(
    'DataError',
    'Data: decryption failed: the key or passphrase is wrong, or the data was changed or is not from Encrypt',
  );
