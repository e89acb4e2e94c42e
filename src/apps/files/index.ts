/** files: the local file library (docs/apps-files.md §Files). */
import { deleteFile } from './delete-file';
import { getFile } from './get-file';
import { listFiles } from './list-files';
import { saveFile } from './save-file';
import { watchFiles } from './watch-files';

export { createMemoryFiles } from './memory-files';
export type { MemoryFiles } from './memory-files';
export const filesModules = [watchFiles, getFile, saveFile, listFiles, deleteFile];
