/**
 * `weft run --files <folder>` (CONTRACTS.md §2): the file library folder. Taken out of the
 * arguments before the other run options are parsed, so this flag lives in one file.
 */
import { statSync } from 'node:fs';
import type { FilesPort } from '../apps';
import { createFolderFiles } from './folder-files';

export interface FilesOption {
  /** The arguments without `--files`. */
  rest: string[];
  /** The library, when `--files` was given. */
  files: FilesPort | undefined;
}

/**
 * Removes `--files <folder>` (or `--files=<folder>`) from `args`; a string is a usage error.
 *
 * @example takeFilesOption(['bp.json', '--files', 'lib']).rest; // ['bp.json']
 */
export function takeFilesOption(args: readonly string[]): FilesOption | string {
  const rest: string[] = [];
  let folder: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    let value: string | undefined;
    if (a === '--files') value = args[++i];
    else if (a.startsWith('--files=')) value = a.slice('--files='.length);
    else {
      rest.push(a);
      continue;
    }
    if (value === undefined || value === '') return "option '--files <folder>' needs a folder";
    if (folder !== undefined) return "option '--files' may be given once";
    folder = value;
  }
  if (folder === undefined) return { rest, files: undefined };
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) return `--files: '${folder}' is not a folder`;
  return { rest, files: createFolderFiles(folder) };
}
