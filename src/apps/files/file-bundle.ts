import type { FieldSpec, FilesPort } from '../contract';
import { field } from '../define';
import { mimeTypeOf } from './mime-types';
import { baseName } from './library-path';
import { notFound } from './errors';

/** A file as a bundle: what every file-producing module of this part outputs. */
export interface FileBundle {
  fileName: string;
  mimeType: string;
  size: number;
  data: Uint8Array;
}

/** Output interface of a file bundle. */
export const fileOutput: readonly FieldSpec[] = [
  field('fileName', 'File name', 'text'),
  field('mimeType', 'MIME type', 'text'),
  field('size', 'File size', 'integer', { help: 'In bytes.' }),
  field('data', 'Data', 'buffer'),
];

/**
 * A file bundle for bytes; the type comes from the name unless given.
 *
 * @example fileBundle('a.txt', new Uint8Array([104])); // { fileName: 'a.txt', mimeType: 'text/plain', size: 1, data }
 */
export function fileBundle(fileName: string, data: Uint8Array, mimeType?: string): FileBundle {
  return { fileName, mimeType: mimeType || mimeTypeOf(fileName), size: data.byteLength, data };
}

/** Reads a library file as a bundle with its `path`; a missing file is a DataError. */
export async function readLibraryFile(
  files: FilesPort,
  path: string,
  label: string,
): Promise<FileBundle & { path: string }> {
  const info = files.stat ? await files.stat(path) : undefined;
  if (files.stat && !info) throw notFound(label, path);
  let data: Uint8Array;
  try {
    data = await files.read(path);
  } catch {
    throw notFound(label, path);
  }
  return { ...fileBundle(baseName(path), data, info?.mimeType), path };
}
