/**
 * The real image codec (src/apps/image/browser-codec.ts) in Chromium: bundled on its own with
 * esbuild and loaded into the built app's page, then run on a ~100 kB JPEG that the page draws
 * with a canvas — in the page and in a worker, as the engine worker would run it.
 */
import path from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImageCodecPort } from '../../src/apps/contract';
import { launchBrowser, startApp, type RunningApp } from './harness';

interface Shrunk {
  original: { size: number; width: number; height: number; mimeType: string };
  shrunk: { size: number; width: number; height: number; mimeType: string };
}

/** Runs in the browser: draws a JPEG of about 100 kB, resizes it to half with the codec. */
async function shrinkInBrowser(): Promise<Shrunk> {
  const codec = (
    globalThis as unknown as { WeftCodec: { createBrowserCodec(): ImageCodecPort } }
  ).WeftCodec.createBrowserCodec();
  const canvas = new OffscreenCanvas(640, 480);
  const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  const pixels = g.createImageData(640, 480);
  let x = 7;
  for (let i = 0; i < pixels.data.length; i += 4) {
    const p = i / 4;
    x = (x * 1103515245 + 12345) >>> 0;
    const noise = (x >>> 24) % 96;
    pixels.data[i] = ((p % 640) * 160) / 640 + noise;
    pixels.data[i + 1] = (Math.floor(p / 640) * 160) / 480 + ((x >>> 16) % 96);
    pixels.data[i + 2] = 64 + ((x >>> 8) % 96);
    pixels.data[i + 3] = 255;
  }
  g.putImageData(pixels, 0, 0);
  // The highest quality that stays near 100 kB: the encoder decides the size, not this test.
  let blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
  for (let q = 0.9; blob.size > 120_000 && q > 0.05; q -= 0.05)
    blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: q });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const info = await codec.info(bytes);
  const half = { width: Math.round(info.width / 2), height: Math.round(info.height / 2) };
  const out = await codec.transform(bytes, {
    source: { x: 0, y: 0, width: info.width, height: info.height },
    ...half,
    mimeType: 'image/jpeg',
    quality: 0.6,
  });
  const outInfo = await codec.info(out);
  return {
    original: { size: bytes.byteLength, ...info },
    shrunk: { size: out.byteLength, ...outInfo },
  };
}

describe('browser image codec in Chromium', () => {
  let app: RunningApp;
  let context: BrowserContext;
  let page: Page;
  let codecScript = '';

  beforeAll(async () => {
    const bundled = await build({
      entryPoints: [path.resolve('src/apps/image/browser-codec.ts')],
      bundle: true,
      format: 'iife',
      globalName: 'WeftCodec',
      target: 'chrome120',
      write: false,
      logLevel: 'warning',
    });
    codecScript = bundled.outputFiles[0]?.text ?? '';
    app = await startApp();
    context = await launchBrowser();
    page = await context.newPage();
    await page.goto(app.url);
    await page.addScriptTag({ content: codecScript });
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  const check = (r: Shrunk) => {
    expect(r.original.mimeType).toBe('image/jpeg');
    expect(r.original.size).toBeGreaterThan(60_000);
    expect(r.original.size).toBeLessThan(160_000);
    expect(r.shrunk).toMatchObject({ width: 320, height: 240, mimeType: 'image/jpeg' });
    expect(r.shrunk.size).toBeLessThan(r.original.size);
  };

  it('resizes a ~100 kB JPEG to half its width and height, into a smaller file, in the page', async () => {
    check(await page.evaluate(shrinkInBrowser));
  });

  it('does the same in a worker, where the engine runs it', async () => {
    const result = await page.evaluate(
      async ({ script, fn }) => {
        const source = `${script}\nconst shrink = ${fn};\nshrink().then((r) => postMessage(r), (e) => postMessage({ error: String(e) }));`;
        const worker = new Worker(
          URL.createObjectURL(new Blob([source], { type: 'text/javascript' })),
        );
        return new Promise<unknown>((resolve) => {
          worker.onmessage = (e) => {
            worker.terminate();
            resolve(e.data);
          };
        });
      },
      { script: codecScript, fn: shrinkInBrowser.toString() },
    );
    expect(result).not.toHaveProperty('error');
    check(result as Shrunk);
  });

  it('rejects bytes that are not an image', async () => {
    const message = await page.evaluate(async () => {
      const codec = (
        globalThis as unknown as { WeftCodec: { createBrowserCodec(): ImageCodecPort } }
      ).WeftCodec.createBrowserCodec();
      return codec.info(new TextEncoder().encode('not an image')).then(
        () => 'decoded',
        (e: unknown) => String(e),
      );
    });
    expect(message).not.toBe('decoded');
  });
});
