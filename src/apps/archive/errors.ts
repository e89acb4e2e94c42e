import { AppError } from '../files/app-error';

/** Errors of the archive app (codes `ARCHIVE_E…`). */
export const itemField = (label: string, position: number, why: string) =>
  new AppError('ARCHIVE_E003', 'DataError', `${label} ${why} (aggregated bundle ${position})`);
export const unsupportedType = (type: string) =>
  new AppError(
    'ARCHIVE_E004',
    'InvalidConfigurationError',
    `Type '${type}' is not supported: Weft creates ZIP archives only`,
  );
export const notZip = (label: string, why: string) =>
  new AppError('ARCHIVE_E005', 'DataError', `${label} is not a ZIP archive Weft can read: ${why}`);
export const notGzip = (label: string, why: string) =>
  new AppError('ARCHIVE_E006', 'DataError', `${label} is not gzip data: ${why}`);
