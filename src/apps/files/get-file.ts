import { asRecord, defineModule, field } from '../define';
import { textField } from './field-values';
import { fileOutput, readLibraryFile } from './file-bundle';
import { library } from './library';
import { filePath } from './library-path';

/** Get a file: one library file as a file bundle (`fileName`, `mimeType`, `size`, `data`). */
export const getFile = defineModule(
  {
    id: 'files:GetFile',
    label: 'Get a file',
    description: 'Reads a file from the file library.',
    kind: 'action',
    mapper: [field('path', 'Path', 'text', { required: true, help: 'E.g. /inbox/orders.csv.' })],
    output: [...fileOutput, field('path', 'Path', 'text')],
  },
  {
    requires: ['files'],
    async run(ctx, input) {
      const files = library(ctx);
      const raw = textField(asRecord(input), 'path', 'Path', 'FILES', true) as string;
      return [await readLibraryFile(files, filePath(raw, 'Path'), 'Path')];
    },
  },
);
