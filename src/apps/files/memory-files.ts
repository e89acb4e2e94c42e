import type { FileInfo, FilesPort } from '../contract';
import { mimeTypeOf } from './mime-types';

interface Stored {
  data: Uint8Array;
  mimeType: string;
  createdAt: string;
  updatedAt: string;
}

/** An in-memory file library that also lists its paths (tests, hosts without storage). */
export interface MemoryFiles extends FilesPort {
  /** Every stored path, sorted. */
  paths(): string[];
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/')) || '/';

/**
 * The FilesPort contract (docs/apps-files.md) held in a Map: the reference implementation the
 * IndexedDB and folder ports must behave like. `now` stamps saves (tests pass a fixed clock).
 *
 * @example
 * const files = createMemoryFiles({ '/a.txt': new TextEncoder().encode('hi') });
 * await files.list('/'); // ['a.txt']
 */
export function createMemoryFiles(
  seed: Record<string, Uint8Array> = {},
  now: () => Date = () => new Date(),
): MemoryFiles {
  const byPath = new Map<string, Stored>();
  const put = (path: string, data: Uint8Array, mimeType?: string) => {
    const at = now().toISOString();
    const old = byPath.get(path);
    byPath.set(path, {
      data,
      mimeType: mimeType || mimeTypeOf(path),
      createdAt: old?.createdAt ?? at,
      updatedAt: at,
    });
  };
  for (const [path, data] of Object.entries(seed)) put(path, data);
  return {
    async read(path) {
      const f = byPath.get(path);
      if (!f) throw new Error(`no file ${path}`);
      return f.data;
    },
    async write(path, bytes, mimeType) {
      put(path, bytes, mimeType);
    },
    async list(folder) {
      const dir = folder === '/' ? '/' : folder.replace(/\/+$/, '');
      return [...byPath.keys()]
        .filter((p) => folderOf(p) === dir)
        .map((p) => p.slice(p.lastIndexOf('/') + 1))
        .sort();
    },
    async delete(path) {
      byPath.delete(path);
    },
    async stat(path): Promise<FileInfo | undefined> {
      const f = byPath.get(path);
      if (!f) return undefined;
      const { mimeType, createdAt, updatedAt } = f;
      return { path, mimeType, size: f.data.byteLength, createdAt, updatedAt };
    },
    paths: () => [...byPath.keys()].sort(),
  };
}
