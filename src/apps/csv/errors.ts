import { AppError } from '../files/app-error';

/** Errors of the CSV app (codes `CSV_E…`). */
export const badCsv = (row: number, why: string) =>
  new AppError('CSV_E003', 'DataError', `CSV is not valid CSV at row ${row}: ${why}`);
export const badDelimiter = (label: string, value: string) =>
  new AppError(
    'CSV_E004',
    'DataError',
    `${label} '${value}' must be one character other than a quote or a line break`,
  );
