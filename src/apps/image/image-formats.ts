/** The formats the image codec can write, by Make-style lower-case name. */
export const OUTPUT_FORMATS = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' } as const;
export type OutputFormat = keyof typeof OUTPUT_FORMATS;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) =>
  sig.every((v, i) => b[at + i] === v);

/**
 * An image's type from its first bytes (PNG, JPEG, WebP, GIF, BMP), or undefined.
 *
 * @example sniffImageType(new Uint8Array([0xff, 0xd8, 0xff])); // 'image/jpeg'
 */
export function sniffImageType(b: Uint8Array): string | undefined {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47])) return 'image/png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  if (startsWith(b, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (startsWith(b, [0x42, 0x4d])) return 'image/bmp';
  return undefined;
}

/** What a resized image is written as: its own type when the codec can write it, else PNG. */
export function writableType(mimeType: string): string {
  return (Object.values(OUTPUT_FORMATS) as string[]).includes(mimeType) ? mimeType : 'image/png';
}

/** `photo.png` → `photo.webp` for a new type. */
export function renameFor(fileName: string, mimeType: string): string {
  const ext = mimeType === 'image/jpeg' ? 'jpg' : mimeType.slice('image/'.length);
  const dot = fileName.lastIndexOf('.');
  return `${dot > 0 ? fileName.slice(0, dot) : fileName}.${ext}`;
}
