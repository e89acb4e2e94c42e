/** Types by extension for files that arrive without one (the CLI folder, archive entries). */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  xml: 'application/xml',
  html: 'text/html',
  htm: 'text/html',
  md: 'text/markdown',
  eml: 'message/rfc822',
  pdf: 'application/pdf',
  zip: 'application/zip',
  gz: 'application/gzip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

/**
 * The MIME type of a file name by its extension; `application/octet-stream` when unknown.
 *
 * @example mimeTypeOf('q1.CSV'); // 'text/csv'
 */
export function mimeTypeOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const ext = dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  return BY_EXTENSION[ext] ?? 'application/octet-stream';
}

/** The usual extension of a MIME type, without the dot. */
export function extensionOf(mimeType: string): string | undefined {
  if (mimeType === 'image/jpeg') return 'jpg';
  for (const [ext, type] of Object.entries(BY_EXTENSION)) if (type === mimeType) return ext;
  return undefined;
}
