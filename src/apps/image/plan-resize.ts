import type { ImageTransform } from '../contract';

export type Fit = 'inside' | 'cover' | 'fill';
export const FITS: readonly Fit[] = ['inside', 'cover', 'fill'];

interface Size {
  width: number;
  height: number;
}

/**
 * Where to draw: `inside` keeps the aspect ratio within the box, `cover` fills the box and crops
 * the middle, `fill` stretches. With only a width or a height the other follows the ratio.
 *
 * @example planResize({ width: 400, height: 200 }, { width: 100 }, 'inside');
 * // { source: { x: 0, y: 0, width: 400, height: 200 }, width: 100, height: 50 }
 */
export function planResize(
  image: Size,
  box: { width?: number | undefined; height?: number | undefined },
  fit: Fit,
): Pick<ImageTransform, 'source' | 'width' | 'height'> {
  const full = { x: 0, y: 0, width: image.width, height: image.height };
  const ratio = image.width / image.height;
  const round = (n: number) => Math.max(1, Math.round(n));
  if (box.width === undefined || box.height === undefined) {
    const width = box.width ?? round((box.height as number) * ratio);
    const height = box.height ?? round(width / ratio);
    return { source: full, width, height };
  }
  if (fit === 'fill') return { source: full, width: box.width, height: box.height };
  if (fit === 'inside') {
    const scale = Math.min(box.width / image.width, box.height / image.height);
    return { source: full, width: round(image.width * scale), height: round(image.height * scale) };
  }
  const scale = Math.max(box.width / image.width, box.height / image.height);
  const sw = box.width / scale;
  const sh = box.height / scale;
  const source = { x: (image.width - sw) / 2, y: (image.height - sh) / 2, width: sw, height: sh };
  return { source, width: box.width, height: box.height };
}
