import { describe, expect, it } from 'vitest';
import type { ImageCodecPort, ImageTransform, ModuleError } from '../contract';
import { runModule, testContext, utf8 } from '../files/test-context';
import { convert } from './convert';
import { getInfo } from './get-info';
import { resize } from './resize';

/**
 * A fake codec for Node: an "image" is JSON text `{w, h, type}` after a JPEG/PNG signature-free
 * prefix. Encoding records the transform, so tests see what the modules asked for.
 */
function fakeCodec(): ImageCodecPort & { last: ImageTransform | undefined } {
  const parse = (bytes: Uint8Array) => {
    const t = new TextDecoder().decode(bytes);
    if (!t.startsWith('IMG')) throw new Error('unknown format');
    return JSON.parse(t.slice(3)) as { w: number; h: number; type: string };
  };
  const codec = {
    last: undefined as ImageTransform | undefined,
    info: async (bytes: Uint8Array) => {
      const { w, h, type } = parse(bytes);
      return { width: w, height: h, mimeType: type };
    },
    transform: async (bytes: Uint8Array, op: ImageTransform) => {
      parse(bytes);
      codec.last = op;
      return utf8(`IMG${JSON.stringify({ w: op.width, h: op.height, type: op.mimeType })}`);
    },
  };
  return codec;
}
const image = (w: number, h: number, type = 'image/jpeg') =>
  utf8(`IMG${JSON.stringify({ w, h, type })}`);

const failure = async (p: Promise<unknown>) => {
  const e = (await p.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )) as (ModuleError & { code?: string }) | undefined;
  if (!e) throw new Error('expected a failure');
  return { type: e.type, code: e.code, message: e.message };
};

describe('image:Resize', () => {
  it('keeps proportions inside the box and keeps the type', async () => {
    const codec = fakeCodec();
    const ctx = testContext({ image: codec });
    const [out] = await runModule(resize, ctx, {
      fileName: 'p.jpg',
      data: image(400, 200),
      width: 100,
      height: 100,
      quality: 80,
    });
    expect(out).toMatchObject({
      fileName: 'p.jpg',
      mimeType: 'image/jpeg',
      width: 100,
      height: 50,
    });
    expect(codec.last).toEqual({
      source: { x: 0, y: 0, width: 400, height: 200 },
      width: 100,
      height: 50,
      mimeType: 'image/jpeg',
      quality: 0.8,
    });
  });

  it('crops the middle for cover, stretches for fill, follows the ratio for one side', async () => {
    const codec = fakeCodec();
    const ctx = testContext({ image: codec });
    await runModule(resize, ctx, { data: image(400, 200), width: 100, height: 100, fit: 'cover' });
    expect(codec.last?.source).toEqual({ x: 100, y: 0, width: 200, height: 200 });
    const [fill] = await runModule(resize, ctx, {
      data: image(400, 200),
      width: 10,
      height: 30,
      fit: 'fill',
    });
    expect(fill).toMatchObject({ width: 10, height: 30 });
    const [tall] = await runModule(resize, ctx, { data: image(400, 200, 'image/gif'), height: 50 });
    expect(tall).toMatchObject({ width: 100, height: 50, mimeType: 'image/png' });
  });

  it('fails with typed errors naming the field', async () => {
    const ctx = testContext({ image: fakeCodec() });
    expect(await failure(runModule(resize, ctx, { data: image(4, 2) }))).toMatchObject({
      type: 'DataError',
      code: 'IMAGE_E005',
      message: 'Width or Height is required',
    });
    expect((await failure(runModule(resize, ctx, { data: image(4, 2), width: 0 }))).message).toBe(
      'Width must be a whole number from 1 to 16384',
    );
    expect(
      (await failure(runModule(resize, ctx, { data: image(4, 2), width: 2, fit: 'zoom' }))).message,
    ).toBe("Fit 'zoom' must be one of inside, cover, fill");
    const garbage = await failure(runModule(resize, ctx, { data: 'not an image', width: 2 }));
    expect(garbage).toMatchObject({ type: 'DataError', code: 'IMAGE_E003' });
    expect(garbage.message).toMatch(/^Data is not an image/);
    expect((await failure(runModule(resize, testContext(), { data: 'x', width: 1 }))).code).toBe(
      'IMAGE_E004',
    );
  });
});

describe('image:Convert and image:GetInfo', () => {
  it('converts to the chosen format, renaming the file', async () => {
    const codec = fakeCodec();
    const ctx = testContext({ image: codec });
    const [out] = await runModule(convert, ctx, {
      fileName: 'photo.png',
      data: image(30, 20, 'image/png'),
      format: 'WEBP',
    });
    expect(out).toMatchObject({ fileName: 'photo.webp', mimeType: 'image/webp', width: 30 });
    expect(codec.last).toMatchObject({ width: 30, height: 20, quality: 0.92 });
    expect((await failure(runModule(convert, ctx, { data: image(1, 1) }))).message).toBe(
      'Format is required',
    );
    const q = { data: image(1, 1), format: 'jpeg', quality: 101 };
    expect((await failure(runModule(convert, ctx, q))).code).toBe('IMAGE_E002');
  });

  it('reads dimensions, type and size', async () => {
    const data = image(640, 480);
    const ctx = testContext({ image: fakeCodec() });
    expect(await runModule(getInfo, ctx, { data })).toEqual([
      { width: 640, height: 480, mimeType: 'image/jpeg', size: data.byteLength },
    ]);
    expect((await failure(runModule(getInfo, ctx, {}))).message).toBe('Data is required');
  });
});
