/** archive: ZIP create/extract and gzip (docs/apps-files.md §Archive). */
import { createArchive } from './create-archive';
import { extractArchive } from './extract-archive';
import { gunzip, gzip } from './gzip';

export const archiveModules = [createArchive, extractArchive, gzip, gunzip];
