/**
 * A random string id (128 bits, URL-safe base64 without padding) for stored objects.
 * DESIGN.md §7: string ids everywhere.
 *
 * @example newId() // 'pV3d0f4kQk2mH0P1x9YbKw'
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
