import { asRecord, defineModule, field } from '../define';
import { integerField, textField } from './field-values';
import { library } from './library';
import { joinPath, libraryPath } from './library-path';
import { mimeTypeOf } from './mime-types';

/**
 * List files: one bundle per file of a folder (metadata only: map `path` into Get a file for the
 * bytes), with `__IMTINDEX__`/`__IMTLENGTH__` as Make's searches give. One operation per call.
 */
export const listFiles = defineModule(
  {
    id: 'files:ListFiles',
    label: 'List files',
    description: 'Lists the files of a folder of the file library.',
    kind: 'search',
    mapper: [
      field('folder', 'Folder', 'text', { default: '/' }),
      field('limit', 'Limit', 'integer', { help: 'Maximum number of files; empty for all.' }),
    ],
    output: [
      field('fileName', 'File name', 'text'),
      field('path', 'Path', 'text'),
      field('mimeType', 'MIME type', 'text'),
      field('size', 'File size', 'integer'),
      field('createdAt', 'Created', 'date'),
      field('updatedAt', 'Updated', 'date'),
      field('__IMTLENGTH__', 'Total number of bundles', 'integer'),
      field('__IMTINDEX__', 'Bundle order position', 'integer'),
    ],
  },
  {
    requires: ['files'],
    async run(ctx, input) {
      const files = library(ctx);
      const m = asRecord(input);
      const folder = libraryPath(textField(m, 'folder', 'Folder', 'FILES', false) ?? '/', 'Folder');
      const limit = integerField(m, 'limit', 'Limit', 'FILES', 1, 1e6, undefined);
      const names = (await files.list(folder)).slice(0, limit);
      const out = [];
      for (const [i, fileName] of names.entries()) {
        const path = joinPath(folder, fileName, 'Folder');
        const info = files.stat ? await files.stat(path) : undefined;
        out.push({
          fileName,
          path,
          mimeType: info?.mimeType ?? mimeTypeOf(fileName),
          size: info?.size ?? (await files.read(path)).byteLength,
          createdAt: info ? new Date(info.createdAt) : null,
          updatedAt: info ? new Date(info.updatedAt) : null,
          __IMTINDEX__: i + 1,
          __IMTLENGTH__: names.length,
        });
      }
      return out;
    },
  },
);
