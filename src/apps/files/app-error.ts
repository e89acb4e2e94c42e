import { ModuleError } from '../contract';
import type { ModuleErrorType } from '../contract';

/** A module error with a stable Weft code (`FILES_E001`, `CSV_E002`, …) beside Make's type. */
export class AppError extends ModuleError {
  constructor(
    readonly code: string,
    type: ModuleErrorType,
    message: string,
  ) {
    super(type, message);
  }
}
