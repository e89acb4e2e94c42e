import { AppError } from './app-error';

/** Errors of the files app (codes `FILES_E…`). */
export const noLibrary = () =>
  new AppError(
    'FILES_E003',
    'RuntimeError',
    'This host has no file library (in the CLI, pass weft run --files <folder>)',
  );
export const badPath = (label: string, path: string) =>
  new AppError(
    'FILES_E004',
    'DataError',
    `${label} '${path}' is not a valid library path (use '/' between folders, no '..')`,
  );
export const notFound = (label: string, path: string) =>
  new AppError('FILES_E005', 'DataError', `${label}: no file '${path}' in the file library`);
export const exists = (path: string) =>
  new AppError(
    'FILES_E006',
    'DuplicateDataError',
    `File name: '${path}' already exists and Overwrite is off`,
  );
export const reserved = (label: string, path: string) =>
  new AppError('FILES_E007', 'DataError', `${label} '${path}' is inside /.weft/, kept for Weft`);
