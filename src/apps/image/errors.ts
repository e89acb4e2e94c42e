import { AppError } from '../files/app-error';

/** Errors of the image app (codes `IMAGE_E…`). */
export const notImage = (label: string, why: string) =>
  new AppError('IMAGE_E003', 'DataError', `${label} is not an image this host can decode: ${why}`);
export const noCodec = () =>
  new AppError(
    'IMAGE_E004',
    'RuntimeError',
    'This host has no image codec (the image app runs in the browser only)',
  );
export const noSize = () => new AppError('IMAGE_E005', 'DataError', 'Width or Height is required');
export const badChoice = (label: string, value: string, allowed: readonly string[]) =>
  new AppError(
    'IMAGE_E002',
    'DataError',
    `${label} '${value}' must be one of ${allowed.join(', ')}`,
  );
