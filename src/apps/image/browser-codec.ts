/**
 * The browser's image codec: `createImageBitmap` decodes, an `OffscreenCanvas` draws and encodes.
 * Works in the engine worker and in pages; Node has neither, so the CLI lacks the `image`
 * capability. Compiled with the WebWorker lib (tsconfig.apps.json).
 */
import type { ImageCodecPort, ImageTransform } from '../contract';
import { sniffImageType } from './image-formats';

async function decode(bytes: Uint8Array): Promise<ImageBitmap> {
  // A copy into a fresh ArrayBuffer: Blob parts must not be views of shared or larger buffers.
  return createImageBitmap(new Blob([bytes.slice()]));
}

/**
 * A codec over the platform's decoders and encoders.
 *
 * @example await createBrowserCodec().info(jpegBytes); // { width: 800, height: 600, mimeType: 'image/jpeg' }
 */
export function createBrowserCodec(): ImageCodecPort {
  return {
    async info(bytes) {
      const bitmap = await decode(bytes);
      try {
        const mimeType = sniffImageType(bytes) ?? 'application/octet-stream';
        return { width: bitmap.width, height: bitmap.height, mimeType };
      } finally {
        bitmap.close();
      }
    },
    async transform(bytes, op: ImageTransform) {
      const bitmap = await decode(bytes);
      try {
        const canvas = new OffscreenCanvas(op.width, op.height);
        const g = canvas.getContext('2d');
        if (!g) throw new Error('no 2D canvas context');
        g.imageSmoothingQuality = 'high';
        const s = op.source;
        g.drawImage(bitmap, s.x, s.y, s.width, s.height, 0, 0, op.width, op.height);
        const blob = await canvas.convertToBlob({ type: op.mimeType, quality: op.quality });
        if (blob.type !== op.mimeType) throw new Error(`this browser cannot write ${op.mimeType}`);
        return new Uint8Array(await blob.arrayBuffer());
      } finally {
        bitmap.close();
      }
    },
  };
}
