import { asRecord, defineModule, field } from '../define';
import { bytesField, integerField, textField } from '../files/field-values';
import { fileBundle } from '../files/file-bundle';
import { codecOf, decoded, infoOf } from './codec';
import { noSize } from './errors';
import { qualityField, qualityOf, choiceOf, imageOutput, sourceFields } from './image-fields';
import { writableType } from './image-formats';
import { FITS, planResize } from './plan-resize';
import type { Fit } from './plan-resize';

/** Resize an image: to a width and/or height, fitted inside, covering or stretched. */
export const resize = defineModule(
  {
    id: 'image:Resize',
    label: 'Resize an image',
    description: 'Scales an image to a new width and height.',
    kind: 'action',
    mapper: [
      ...sourceFields,
      field('width', 'Width', 'integer', { help: 'Pixels; empty to follow the height.' }),
      field('height', 'Height', 'integer', { help: 'Pixels; empty to follow the width.' }),
      field('fit', 'Fit', 'select', {
        default: 'inside',
        options: [
          { value: 'inside', label: 'Keep proportions, fit inside' },
          { value: 'cover', label: 'Keep proportions, crop to fill' },
          { value: 'fill', label: 'Stretch to the exact size' },
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
      const width = integerField(m, 'width', 'Width', 'IMAGE', 1, 16384, undefined);
      const height = integerField(m, 'height', 'Height', 'IMAGE', 1, 16384, undefined);
      if (width === undefined && height === undefined) throw noSize();
      const fit = choiceOf<Fit>(m, 'fit', 'Fit', FITS, 'inside');
      const quality = qualityOf(m);
      const info = await infoOf(codec, data);
      const plan = planResize(info, { width, height }, fit);
      const mimeType = writableType(info.mimeType);
      const out = await decoded(codec.transform(data, { ...plan, mimeType, quality }), 'Data');
      const name = textField(m, 'fileName', 'File name', 'IMAGE', false) ?? 'image';
      return [{ ...fileBundle(name, out, mimeType), width: plan.width, height: plan.height }];
    },
  },
);
