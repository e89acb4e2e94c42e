import JSZip from 'jszip';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startApp, type RunningApp } from './harness';

// The built-in apps in real Chromium, in the engine worker (through the runtime's pool), with the
// page's test hooks (docs/runtime.md): files go into the file library and scenarios into storage
// through the app's own repositories; runs go through `weftTest.engine.runOnce`; History is read
// back with `weftTest.executions`.

const T0 = '2026-11-30T10:00:00.000Z';

interface StoredFile {
  folder: string;
  name: string;
  mimeType: string;
  size: number;
  data: Uint8Array;
}
interface Execution {
  status: string;
  operations: number;
  dataTransfer: number;
  error: { type: string; message: string } | null;
  logs: { moduleId: string; operations: number; output?: unknown[] }[];
}
/** The page's test hooks (src/runtime/testing/test-hooks.ts), as far as this file uses them. */
interface Hooks {
  seedScenario(input: { name: string; blueprint: unknown }): Promise<string>;
  putFile(path: string, data: Uint8Array, mimeType: string): Promise<void>;
  file(path: string): Promise<StoredFile | null>;
  executions(id: string, opts?: { outputs?: boolean }): Promise<Execution[]>;
  engine: {
    runOnce(req: unknown): Promise<{
      ok: boolean;
      error?: { code: string; message: string };
      value?: { execution: { status: string; modules: Record<string, { output: unknown[] }> } };
    }>;
  };
}
type W = Window & { weftTest: Hooks };

const m = (id: number, module: string, extra: Record<string, unknown> = {}) => ({
  id,
  module,
  version: 1,
  ...extra,
});
const blueprint = (name: string, flow: unknown[]) => ({ name, flow, metadata: { scenario: {} } });

/** Seeds the scenario, runs it once in the worker and returns the run's result. */
async function seedAndRun(page: Page, bp: unknown, input?: unknown) {
  return page.evaluate(
    async ({ bp, input }) => {
      const t = (window as unknown as W).weftTest;
      const scenarioId = await t.seedScenario({ name: 'apps', blueprint: bp });
      const r = await t.engine.runOnce({ scenarioId, trigger: 'manual', input });
      if (!r.ok) throw new Error(`${r.error?.code}: ${r.error?.message}`);
      const modules = r.value!.execution.modules;
      return {
        scenarioId,
        status: r.value!.execution.status,
        outputs: Object.fromEntries(Object.entries(modules).map(([id, l]) => [id, l.output])),
      };
    },
    { bp, input },
  );
}

const history = (page: Page, id: string) =>
  page.evaluate((id) => (window as unknown as W).weftTest.executions(id), id);

describe('built-in apps in Chromium (engine worker)', () => {
  let app: RunningApp;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    context = await launchBrowser();
    await context.addInitScript((start) => localStorage.setItem('weft.testClock', start), T0);
    page = await context.newPage();
    await page.goto(app.url);
    await page.waitForFunction(() => 'weftTest' in window);
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  it('zips three files of the file library into an archive saved back to it', async () => {
    const inputs: Record<string, string> = {
      'a.txt': 'alpha\n',
      'b.csv': 'id,name\n1,Ada\n2,Grace\n',
      'c.json': JSON.stringify({ ok: true, list: [1, 2, 3] }),
    };
    await page.evaluate(async (inputs) => {
      const t = (window as unknown as W).weftTest;
      for (const [name, text] of Object.entries(inputs))
        await t.putFile(`/zip-in/${name}`, new TextEncoder().encode(text), 'text/plain');
    }, inputs);
    const run = await seedAndRun(
      page,
      blueprint('Zip three files', [
        m(1, 'files:ListFiles', { mapper: { folder: '/zip-in' } }),
        m(2, 'files:GetFile', { mapper: { path: '{{1.path}}' } }),
        m(3, 'archive:CreateArchive', {
          parameters: { feeder: 1, type: 'zip', compressionLevel: 6 },
          mapper: { name: 'bundle', fileName: '{{2.fileName}}', data: '{{2.data}}' },
        }),
        m(4, 'files:SaveFile', {
          mapper: { folder: '/zip-out', fileName: '{{3.fileName}}', data: '{{3.data}}' },
        }),
      ]),
    );
    expect(run.status).toBe('success');

    const saved = await page.evaluate(async () => {
      const f = await (window as unknown as W).weftTest.file('/zip-out/bundle.zip');
      return f && { mimeType: f.mimeType, size: f.size, bytes: Array.from(f.data) };
    });
    expect(saved).toMatchObject({ mimeType: 'application/zip' });
    expect(saved?.bytes.length).toBe(saved?.size);
    const zip = await JSZip.loadAsync(Uint8Array.from(saved?.bytes ?? []));
    expect(Object.keys(zip.files).sort()).toEqual(Object.keys(inputs).sort());
    for (const [name, text] of Object.entries(inputs))
      expect(await zip.file(name)?.async('string')).toBe(text);

    const [execution] = await history(page, run.scenarioId);
    expect(execution).toMatchObject({ status: 'success', operations: 6 });
    expect(execution?.logs.map((l) => [l.moduleId, l.operations])).toEqual([
      ['1', 1],
      ['2', 3],
      ['3', 1],
      ['4', 1],
    ]);
  });

  it('shrinks a ~100 kB JPEG from the library and saves both; History counts the bytes', async () => {
    const original = await page.evaluate(async () => {
      // Noise does not compress: the JPEG stays near 100 kB whatever the encoder.
      const canvas = new OffscreenCanvas(640, 480);
      const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      const pixels = g.createImageData(640, 480);
      let x = 11;
      for (let i = 0; i < pixels.data.length; i += 4) {
        const p = i / 4;
        x = (x * 1103515245 + 12345) >>> 0;
        pixels.data[i] = ((p % 640) * 160) / 640 + ((x >>> 24) % 96);
        pixels.data[i + 1] = (Math.floor(p / 640) * 160) / 480 + ((x >>> 16) % 96);
        pixels.data[i + 2] = 64 + ((x >>> 8) % 96);
        pixels.data[i + 3] = 255;
      }
      g.putImageData(pixels, 0, 0);
      let blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
      for (let q = 0.9; blob.size > 120_000 && q > 0.05; q -= 0.05)
        blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: q });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      await (window as unknown as W).weftTest.putFile('/photos/photo.jpg', bytes, 'image/jpeg');
      return { size: bytes.byteLength };
    });
    expect(original.size).toBeGreaterThan(80_000);
    expect(original.size).toBeLessThan(130_000);

    const run = await seedAndRun(
      page,
      blueprint('Shrink a photo', [
        m(1, 'files:GetFile', { mapper: { path: '/photos/photo.jpg' } }),
        m(2, 'image:Resize', {
          mapper: { data: '{{1.data}}', fileName: '{{1.fileName}}', width: 320, quality: 70 },
        }),
        m(3, 'files:SaveFile', {
          mapper: { folder: '/photos/out', fileName: 'original.jpg', data: '{{1.data}}' },
        }),
        m(4, 'files:SaveFile', {
          mapper: { folder: '/photos/out', fileName: 'small.jpg', data: '{{2.data}}' },
        }),
      ]),
    );
    expect(run.status).toBe('success');

    // Both files, read back through the app's storage; the small one decoded by the browser.
    const files = await page.evaluate(async () => {
      const t = (window as unknown as W).weftTest;
      const [first, copy, small] = await Promise.all(
        ['/photos/photo.jpg', '/photos/out/original.jpg', '/photos/out/small.jpg'].map((p) =>
          t.file(p),
        ),
      );
      if (!first || !copy || !small) throw new Error('a file is missing from the library');
      const bitmap = await createImageBitmap(new Blob([small.data.slice()]));
      const same = first.data.every((b, i) => copy.data[i] === b);
      return {
        copy: { size: copy.size, same: same && copy.data.byteLength === first.data.byteLength },
        small: { size: small.size, mimeType: small.mimeType, w: bitmap.width, h: bitmap.height },
      };
    });
    expect(files.copy).toEqual({ size: original.size, same: true });
    expect(files.small).toMatchObject({ mimeType: 'image/jpeg', w: 320, h: 240 });
    expect(files.small.size).toBeLessThan(original.size);

    // Data transfer of the History row, recomputed from its stored output bundles: each bundle's
    // UTF-8 JSON without its binary, plus the binary's byte length.
    const measured = await page.evaluate(async (id) => {
      const [e] = await (window as unknown as W).weftTest.executions(id, { outputs: true });
      if (!e) throw new Error('no execution in History');
      const binaries: number[] = [];
      let json = 0;
      for (const log of e.logs)
        for (const bundle of log.output ?? []) {
          let inBundle = 0;
          const text = JSON.stringify(bundle, (_k, v: unknown) => {
            if (!(v instanceof Uint8Array)) return v;
            binaries.push(v.byteLength);
            inBundle++;
            return null;
          });
          // Each binary stood as `null` (4 bytes) in the text.
          json += new TextEncoder().encode(text).byteLength - 4 * inBundle;
        }
      return {
        status: e.status,
        operations: e.operations,
        dataTransfer: e.dataTransfer,
        perModule: e.logs.map((l) => [l.moduleId, l.operations, l.output?.length]),
        binaries: binaries.sort((a, b) => b - a),
        json,
      };
    }, run.scenarioId);
    expect(measured.status).toBe('success');
    expect(measured.operations).toBe(4);
    expect(measured.perModule).toEqual([
      ['1', 1, 1],
      ['2', 1, 1],
      ['3', 1, 1],
      ['4', 1, 1],
    ]);
    // The only bytes that moved: the 100 kB original (Get a file) and the shrunk file (Resize).
    expect(measured.binaries).toEqual([original.size, files.small.size]);
    // The rest is small: file names, types, sizes, paths, and the two saves' results.
    expect(measured.json).toBeGreaterThan(0);
    expect(measured.json).toBeLessThan(1024);
    expect(measured.dataTransfer).toBe(original.size + files.small.size + measured.json);
  });

  it('parses a stored webhook request as the webhooks app does: query and JSON body merged', async () => {
    const body = { name: 'Body', order: { id: 7, items: [1, 2] } };
    const request = {
      eventId: '1-1',
      hookId: 'h1',
      method: 'POST',
      path: '/hook/h1',
      query: 'name=Query&tag=a&tag=b',
      headers: [['content-type', 'application/json']],
      bodyBase64: Buffer.from(JSON.stringify(body)).toString('base64'),
      receivedAt: T0,
    };
    const run = await seedAndRun(
      page,
      blueprint('Webhook to JSON', [
        m(1, 'gateway:CustomWebHook', { parameters: { hook: 1, method: true } }),
        m(2, 'json:TransformToJSON', { mapper: { object: '{{1.order}}' } }),
        m(3, 'util:SetVariable2', {
          mapper: { name: 'who', scope: 'roundtrip', value: '{{1.name}} {{join(1.tag; "+")}}' },
        }),
      ]),
      { requests: [request] },
    );
    expect(run.status).toBe('success');
    // The query wins over the body; a repeated query name is an array; the method on request.
    expect(run.outputs['1']).toEqual([
      { name: 'Query', tag: ['a', 'b'], order: { id: 7, items: [1, 2] }, __IMTMETHOD__: 'POST' },
    ]);
    expect(run.outputs['2']).toEqual([{ json: JSON.stringify(body.order) }]);
    expect(run.outputs['3']).toEqual([{ who: 'Query a+b' }]);
    const [execution] = await history(page, run.scenarioId);
    expect(execution).toMatchObject({ status: 'success', operations: 3 });
  });
});
