import type { HandlerContext, ImageCodecPort, ImageInfo } from '../contract';
import { noCodec, notImage } from './errors';

/** The host's image codec, or the error saying the image app needs a browser. */
export function codecOf(ctx: HandlerContext): ImageCodecPort {
  if (!ctx.image) throw noCodec();
  return ctx.image;
}

/** The codec's answer, with decode failures as DataErrors naming the field. */
export async function decoded<T>(work: Promise<T>, label: string): Promise<T> {
  try {
    return await work;
  } catch (e) {
    throw notImage(label, e instanceof Error ? e.message : String(e));
  }
}

export const infoOf = (codec: ImageCodecPort, bytes: Uint8Array): Promise<ImageInfo> =>
  decoded(codec.info(bytes), 'Data');
