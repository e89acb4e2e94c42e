import type { FileInfo, FilesPort } from '../../src/apps/contract';
import { mimeTypeOf } from '../../src/apps/files/mime-types';
import { filesRepo, type FileRecord, type WeftDb } from '../../src/storage';

/**
 * A library path as the `files` table keys it: `/reports/q1.csv` → folder `reports`, name
 * `q1.csv`; the root folder is `''`. Extra slashes are ignored.
 *
 * @example splitPath('/a/b/c.txt'); // { folder: 'a/b', name: 'c.txt' }
 */
export function splitPath(path: string): { folder: string; name: string } {
  const clean = path.replace(/\/{2,}/g, '/').replace(/^\/+/, '');
  const cut = clean.lastIndexOf('/');
  return cut < 0
    ? { folder: '', name: clean }
    : { folder: clean.slice(0, cut), name: clean.slice(cut + 1) };
}

/** A folder path as the table keys it: `/reports/` → `reports`, `/` → `''`. */
const folderKey = (folder: string) => folder.replace(/\/{2,}/g, '/').replace(/^\/+|\/+$/g, '');

/** Module state (`/.weft/…`, docs/apps-files.md) is stored like files but never listed. */
const isHidden = (folder: string) => folder === '.weft' || folder.startsWith('.weft/');

const infoOf = (f: FileRecord): FileInfo => ({
  path: `/${f.folder === '' ? '' : `${f.folder}/`}${f.name}`,
  mimeType: f.mimeType,
  size: f.size,
  createdAt: f.createdAt,
  updatedAt: f.updatedAt,
});

/**
 * The file library (`files` table in IndexedDB) as the engine's FilesPort, to the contract of
 * docs/apps-files.md: writing a path that exists replaces that file (keeping its creation time);
 * the MIME type is the one given, else the name's; `list` shows no `/.weft/` state; `delete` of a
 * missing file resolves; `read` of one rejects (the files app turns that into FILES_E005).
 *
 * @example await filesPort(db).write('/reports/a.csv', bytes); await filesPort(db).list('/reports');
 */
export function filesPort(db: WeftDb): FilesPort {
  const repo = filesRepo(db);
  const find = (path: string) => {
    const { folder, name } = splitPath(path);
    return repo.find(folder, name);
  };
  return {
    async read(path) {
      const file = await find(path);
      if (!file) throw new Error(`The file library has no file '${path}'.`);
      return file.data;
    },
    async write(path, bytes, mimeType) {
      const { folder, name } = splitPath(path);
      if (name === '') throw new Error(`'${path}' names no file.`);
      await repo.save({ folder, name, mimeType: mimeType || mimeTypeOf(name), data: bytes });
    },
    async list(folder) {
      const key = folderKey(folder);
      if (isHidden(key)) return [];
      return (await repo.list(key)).map((f) => f.name).sort();
    },
    async delete(path) {
      const file = await find(path);
      if (file) await repo.remove(file.id);
    },
    async stat(path) {
      const file = await find(path);
      return file ? infoOf(file) : undefined;
    },
  };
}
