/** Stable codes of storage failures (DESIGN.md §10 rule 5). */
export type StorageErrorCode =
  'STORAGE_QUOTA' | 'STORAGE_NOT_FOUND' | 'STORAGE_INVALID' | 'STORAGE_BACKUP' | 'STORAGE_SECRET';

/** A storage failure with a stable code and a message a person can act on. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const quotaExceeded = (what: string, cause: unknown) =>
  new StorageError(
    'STORAGE_QUOTA',
    `The browser has no room left for Weft's data, so ${what} was not saved (nothing of it was ` +
      'written). Free space by deleting old executions, files or data-store records, or by ' +
      'lowering the History retention, then try again.',
    { cause },
  );

export const notFound = (what: string, id: string) =>
  new StorageError('STORAGE_NOT_FOUND', `No ${what} ${id}.`);

export const invalid = (message: string) => new StorageError('STORAGE_INVALID', message);

export const backupProblem = (message: string) => new StorageError('STORAGE_BACKUP', message);

export const secretProblem = (message: string, cause?: unknown) =>
  new StorageError('STORAGE_SECRET', message, { cause });
