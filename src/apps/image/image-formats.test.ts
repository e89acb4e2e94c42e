import { describe, expect, it } from 'vitest';
import { renameFor, sniffImageType, writableType } from './image-formats';

describe('image formats', () => {
  it('sniffs types from signatures', () => {
    const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);
    expect(sniffImageType(webp)).toBe('image/webp');
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe('image/png');
    expect(sniffImageType(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });

  it('writes unknown types as PNG and renames by type', () => {
    expect(writableType('image/gif')).toBe('image/png');
    expect(writableType('image/webp')).toBe('image/webp');
    expect(renameFor('a.b.png', 'image/jpeg')).toBe('a.b.jpg');
    expect(renameFor('noext', 'image/webp')).toBe('noext.webp');
  });
});
