import { badPath, reserved } from './errors';

/**
 * A library path in canonical form: leading `/`, no empty, `.` or `..` segments, no trailing `/`.
 * Throws a DataError naming the field for anything else.
 *
 * @example libraryPath('reports//q1.csv', 'Path'); // '/reports/q1.csv'
 */
export function libraryPath(raw: string, label: string): string {
  const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..' || p.includes('\\') || p.includes('\0')))
    throw badPath(label, raw);
  return `/${parts.join('/')}`;
}

/** A file path (not the root), outside the reserved `/.weft/` folder. */
export function filePath(raw: string, label: string): string {
  const path = libraryPath(raw, label);
  if (path === '/') throw badPath(label, raw);
  if (path === '/.weft' || path.startsWith('/.weft/')) throw reserved(label, raw);
  return path;
}

/** `folder` + `name` as a file path. */
export function joinPath(folder: string, name: string, label: string): string {
  if (name.includes('/')) throw badPath(label, name);
  return filePath(`${folder}/${name}`, label);
}

/** The last segment of a path. */
export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
