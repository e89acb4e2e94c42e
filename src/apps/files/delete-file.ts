import { asRecord, defineModule, field } from '../define';
import { textField } from './field-values';
import { notFound } from './errors';
import { library } from './library';
import { baseName, filePath } from './library-path';

/** Delete a file: removes one library file; a missing file is a DataError. */
export const deleteFile = defineModule(
  {
    id: 'files:DeleteFile',
    label: 'Delete a file',
    description: 'Deletes a file from the file library.',
    kind: 'action',
    mapper: [field('path', 'Path', 'text', { required: true })],
    output: [field('fileName', 'File name', 'text'), field('path', 'Path', 'text')],
  },
  {
    requires: ['files'],
    async run(ctx, input) {
      const files = library(ctx);
      const raw = textField(asRecord(input), 'path', 'Path', 'FILES', true) as string;
      const path = filePath(raw, 'Path');
      const folder = path.slice(0, path.lastIndexOf('/')) || '/';
      if (!(await files.list(folder)).includes(baseName(path))) throw notFound('Path', path);
      await files.delete(path);
      return [{ fileName: baseName(path), path }];
    },
  },
);
