import { asRecord, defineModule, field } from '../define';
import { booleanField, bytesField, textField } from './field-values';
import { exists } from './errors';
import { library } from './library';
import { joinPath, libraryPath } from './library-path';
import { mimeTypeOf } from './mime-types';

/**
 * Save a file: writes `data` as `fileName` in `folder`. The output is the saved file's metadata
 * without its bytes, so a save adds little data transfer.
 */
export const saveFile = defineModule(
  {
    id: 'files:SaveFile',
    label: 'Save a file',
    description: 'Saves a file to the file library, replacing one with the same name.',
    kind: 'action',
    mapper: [
      field('folder', 'Folder', 'text', { default: '/' }),
      field('fileName', 'File name', 'text', { required: true }),
      field('data', 'Data', 'buffer', { required: true, help: 'Text is saved as UTF-8.' }),
      field('mimeType', 'MIME type', 'text', { help: 'Empty: from the file name’s extension.' }),
      field('overwrite', 'Overwrite an existing file', 'boolean', { default: true }),
    ],
    output: [
      field('fileName', 'File name', 'text'),
      field('path', 'Path', 'text'),
      field('mimeType', 'MIME type', 'text'),
      field('size', 'File size', 'integer'),
    ],
  },
  {
    requires: ['files'],
    async run(ctx, input) {
      const files = library(ctx);
      const m = asRecord(input);
      const folder = libraryPath(textField(m, 'folder', 'Folder', 'FILES', false) ?? '/', 'Folder');
      const fileName = textField(m, 'fileName', 'File name', 'FILES', true) as string;
      const data = bytesField(m, 'data', 'Data', 'FILES');
      const mimeType =
        textField(m, 'mimeType', 'MIME type', 'FILES', false) ?? mimeTypeOf(fileName);
      const path = joinPath(folder, fileName, 'File name');
      if (!booleanField(m, 'overwrite', true) && (await files.list(folder)).includes(fileName))
        throw exists(path);
      await files.write(path, data, mimeType);
      return [{ fileName, path, mimeType, size: data.byteLength }];
    },
  },
);
