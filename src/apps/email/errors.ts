import { AppError } from '../files/app-error';

/** Errors of the email app (codes `EMAIL_E…`). */
export const notEmail = (label: string, why: string) =>
  new AppError('EMAIL_E003', 'DataError', `${label} is not an email message: ${why}`);
export const badAttachment = (position: number, why: string) =>
  new AppError('EMAIL_E004', 'DataError', `Attachments: item ${position} ${why}`);
export const nothingToIterate = () =>
  new AppError('EMAIL_E001', 'DataError', 'Attachments or Data (an .eml file) is required');
