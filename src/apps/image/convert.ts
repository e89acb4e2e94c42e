import { asRecord, defineModule, field } from '../define';
import { bytesField, textField } from '../files/field-values';
import { fileBundle } from '../files/file-bundle';
import { codecOf, decoded, infoOf } from './codec';
import { choiceOf, imageOutput, qualityField, qualityOf, sourceFields } from './image-fields';
import { OUTPUT_FORMATS, renameFor } from './image-formats';
import type { OutputFormat } from './image-formats';

const FORMATS = Object.keys(OUTPUT_FORMATS) as OutputFormat[];

/** Convert an image: re-encodes it as PNG, JPEG or WebP; the file name gets the new extension. */
export const convert = defineModule(
  {
    id: 'image:Convert',
    label: 'Convert an image',
    description: 'Converts an image to PNG, JPEG or WebP.',
    kind: 'action',
    mapper: [
      ...sourceFields,
      field('format', 'Format', 'select', {
        required: true,
        options: [
          { value: 'png', label: 'PNG' },
          { value: 'jpeg', label: 'JPEG' },
          { value: 'webp', label: 'WebP' },
        ],
      }),
      qualityField,
    ],
    output: imageOutput,
  },
  {
    requires: ['image'],
    async run(ctx, input) {
      const m = asRecord(input);
      const codec = codecOf(ctx);
      const data = bytesField(m, 'data', 'Data', 'IMAGE');
      textField(m, 'format', 'Format', 'IMAGE', true);
      const format = choiceOf<OutputFormat>(m, 'format', 'Format', FORMATS, 'png');
      const quality = qualityOf(m);
      const info = await infoOf(codec, data);
      const mimeType = OUTPUT_FORMATS[format];
      const source = { x: 0, y: 0, width: info.width, height: info.height };
      const op = { source, width: info.width, height: info.height, mimeType, quality };
      const out = await decoded(codec.transform(data, op), 'Data');
      const name = textField(m, 'fileName', 'File name', 'IMAGE', false) ?? 'image';
      return [
        {
          ...fileBundle(renameFor(name, mimeType), out, mimeType),
          width: info.width,
          height: info.height,
        },
      ];
    },
  },
);
