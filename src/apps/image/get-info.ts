import { asRecord, defineModule, field } from '../define';
import { bytesField } from '../files/field-values';
import { codecOf, infoOf } from './codec';

/** Get image info: width and height in pixels, type and size in bytes. */
export const getInfo = defineModule(
  {
    id: 'image:GetInfo',
    label: 'Get image info',
    description: 'Reads an image’s dimensions and type.',
    kind: 'action',
    mapper: [field('data', 'Data', 'buffer', { required: true })],
    output: [
      field('width', 'Width', 'integer'),
      field('height', 'Height', 'integer'),
      field('mimeType', 'MIME type', 'text'),
      field('size', 'File size', 'integer'),
    ],
  },
  {
    requires: ['image'],
    async run(ctx, input) {
      const codec = codecOf(ctx);
      const data = bytesField(asRecord(input), 'data', 'Data', 'IMAGE');
      const { width, height, mimeType } = await infoOf(codec, data);
      return [{ width, height, mimeType, size: data.byteLength }];
    },
  },
);
