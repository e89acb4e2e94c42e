/**
 * The CLI's file library: a folder on disk (`weft run --files <folder>`) behind the FilesPort
 * contract (docs/apps-files.md). MIME types come from file extensions (a plain folder keeps no
 * other). Module state under `/.weft/` stays in memory, so a run never writes it to the user's
 * folder and every `weft run` starts from the same state (ADR 0551).
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FilesPort } from '../apps';
import { createMemoryFiles } from '../apps/files';
import { mimeTypeOf } from '../apps/files/mime-types';

const isState = (p: string) => p === '/.weft' || p.startsWith('/.weft/');

/**
 * A FilesPort over `root`. Paths resolving outside it are refused.
 *
 * @example await createFolderFiles('/tmp/lib').list('/'); // names of the files in /tmp/lib
 */
export function createFolderFiles(root: string): FilesPort {
  const base = path.resolve(root);
  const state = createMemoryFiles();
  const onDisk = (p: string): string => {
    const full = path.resolve(base, `.${path.posix.normalize(`/${p}`)}`);
    if (full !== base && !full.startsWith(base + path.sep))
      throw new Error(`'${p}' is outside the file library`);
    return full;
  };
  return {
    async read(p) {
      if (isState(p)) return state.read(p);
      const buf = await readFile(onDisk(p));
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    },
    async write(p, bytes, mimeType) {
      if (isState(p)) return state.write(p, bytes, mimeType);
      const full = onDisk(p);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, bytes);
    },
    async list(folder) {
      if (isState(folder)) return state.list(folder);
      try {
        const entries = await readdir(onDisk(folder), { withFileTypes: true });
        return entries
          .filter((e) => e.isFile())
          .map((e) => e.name)
          .sort();
      } catch {
        return [];
      }
    },
    async delete(p) {
      if (isState(p)) return state.delete(p);
      await rm(onDisk(p), { force: true });
    },
    async stat(p) {
      if (isState(p)) return state.stat?.(p);
      try {
        const s = await stat(onDisk(p));
        if (!s.isFile()) return undefined;
        const born = s.birthtimeMs > 0 ? s.birthtime : s.mtime;
        return {
          path: p,
          mimeType: mimeTypeOf(p),
          size: s.size,
          createdAt: born.toISOString(),
          updatedAt: s.mtime.toISOString(),
        };
      } catch {
        return undefined;
      }
    },
  };
}
