import { ModuleError, type FilesPort } from '../../src/apps/contract';
import { filesRepo, type WeftDb } from '../../src/storage';

/** `folder/sub/name.txt` → folder `folder/sub`, name `name.txt`; no slash → the root folder ''. */
export function splitPath(path: string): { folder: string; name: string } {
  const clean = path.replace(/^\/+/, '');
  const cut = clean.lastIndexOf('/');
  return cut < 0
    ? { folder: '', name: clean }
    : { folder: clean.slice(0, cut), name: clean.slice(cut + 1) };
}

const MIME: Record<string, string> = {
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  html: 'text/html',
  xml: 'application/xml',
  pdf: 'application/pdf',
  zip: 'application/zip',
  gz: 'application/gzip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  eml: 'message/rfc822',
};

/** A file's MIME type from its extension (`application/octet-stream` when unknown). */
export const mimeOf = (name: string) =>
  MIME[/\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''] ?? 'application/octet-stream';

/**
 * The file library (`files` table) as the engine's FilesPort: paths are `folder/name`, a folder is
 * the part before the last `/`. Writing a path that exists replaces that file. A missing file
 * fails the module with a DataError.
 *
 * @example await filesPort(db).write('reports/a.csv', bytes); await filesPort(db).list('reports');
 */
export function filesPort(db: WeftDb): FilesPort {
  const repo = filesRepo(db);
  const find = async (path: string) => {
    const { folder, name } = splitPath(path);
    const file = await repo.find(folder, name);
    if (!file) throw new ModuleError('DataError', `The file library has no file '${path}'.`);
    return file;
  };
  return {
    read: async (path) => (await find(path)).data,
    async write(path, bytes) {
      const { folder, name } = splitPath(path);
      if (name === '') throw new ModuleError('DataError', `'${path}' names no file.`);
      await repo.save({ folder, name, mimeType: mimeOf(name), data: bytes });
    },
    list: async (folder) => (await repo.list(folder.replace(/^\/+|\/+$/g, ''))).map((f) => f.name),
    delete: async (path) => repo.remove((await find(path)).id),
  };
}
