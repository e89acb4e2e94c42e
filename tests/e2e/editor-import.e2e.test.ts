import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { node } from './editor-helpers';
import { appSession, outputDir } from './harness';

// The second scenario: a Make-style export with a router (its last route the fallback,
// `parameters.else`) and error handlers (Resume after a custom route, Ignore) is imported with the
// file chooser, run once, and exported again; the export must be the import plus `metadata.weft`.
//
//   1 Basic trigger (pages a/2, b/20000, c/1) → 2 Repeater ⚠→ 7 Set variable → 8 Resume
//     → 3 Router ⇉ [Big pages: count > 1] 4 Compose
//                 ⇉ [fallback]            5 Compose → 6 Repeater ⚠→ 9 Ignore
const at = (x: number, y: number) => ({ designer: { x, y } });
const mod = (id: number, module: string, mapper: unknown, x: number, y: number, extra = {}) => ({
  id,
  module,
  version: 1,
  parameters: {},
  mapper,
  metadata: at(x, y),
  ...extra,
});
const IMPORTED = {
  name: 'Pages by size',
  flow: [
    {
      id: 1,
      module: 'util:BasicTrigger',
      version: 1,
      parameters: {
        values: [
          {
            spec: [
              { name: 'page', value: 'a' },
              { name: 'count', value: '2' },
            ],
          },
          {
            spec: [
              { name: 'page', value: 'b' },
              { name: 'count', value: '20000' },
            ],
          },
          {
            spec: [
              { name: 'page', value: 'c' },
              { name: 'count', value: '1' },
            ],
          },
        ],
      },
      metadata: at(0, 0),
    },
    mod(2, 'builtin:BasicRepeater', { start: '1', repeats: '{{1.count}}', step: '1' }, 300, 0, {
      onerror: [
        mod(
          7,
          'util:SetVariable2',
          { name: 'lastError', scope: 'execution', value: '{{2.error.type}}: s.page {{1.page}}' },
          300,
          250,
        ),
        mod(8, 'builtin:Resume', { i: '0' }, 600, 250),
      ],
    }),
    {
      id: 3,
      module: 'builtin:BasicRouter',
      version: 1,
      parameters: { else: 1 },
      mapper: null,
      metadata: at(600, 0),
      routes: [
        {
          flow: [
            mod(4, 'util:ComposeTransformer', { value: 'big {{1.page}}{{2.i}}' }, 900, -150, {
              filter: {
                name: 'Big pages',
                conditions: [[{ a: '{{1.count}}', o: 'number:greater', b: '1' }]],
              },
            }),
          ],
        },
        {
          flow: [
            mod(5, 'util:ComposeTransformer', { value: 'other {{1.page}}' }, 900, 150, {
              filter: { name: '', conditions: [] },
            }),
            mod(
              6,
              'builtin:BasicRepeater',
              { start: '1', repeats: '{{if(1.page = "c"; 99999; 1)}}', step: '1' },
              1200,
              150,
              { onerror: [mod(9, 'builtin:Ignore', {}, 1200, 400)] },
            ),
          ],
        },
      ],
    },
  ],
  metadata: {
    instant: false,
    version: 1,
    scenario: {
      roundtrips: 1,
      maxErrors: 3,
      autoCommit: true,
      autoCommitTriggerLast: true,
      sequential: false,
      slots: null,
      confidential: false,
      dataloss: false,
      dlq: false,
      freshVariables: false,
    },
    designer: { orphans: [] },
    zone: 'eu2.make.com',
  },
};

describe('scenario editor: import a Make blueprint, run it, export it', () => {
  const s = appSession();

  it('imports the blueprint with the file chooser', async () => {
    await s.page.goto(s.app.url);
    await s.page.getByRole('button', { name: 'New scenario' }).click();
    await s.page.waitForURL(/\/scenarios\/[\w-]+$/);
    await s.page.getByRole('button', { name: 'Import blueprint' }).click();
    const chooser = s.page.waitForEvent('filechooser');
    await s.page.getByLabel('Blueprint file').click();
    await (
      await chooser
    ).setFiles({
      name: 'pages.blueprint.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(IMPORTED)),
    });
    await s.page.getByRole('heading', { name: 'Pages by size' }).waitFor();
    for (const name of ['Basic trigger (1)', 'Repeater (2)', 'Router (3)', 'Ignore (9)'])
      await node(s.page, name).waitFor();
    await expect(
      s.page.getByRole('button', { name: 'Filter before Compose a string (4)' }).textContent(),
    ).resolves.toContain('Big pages');
    await expect(
      s.page.getByRole('button', { name: 'Filter before Compose a string (5)' }).textContent(),
    ).resolves.toContain('Fallback');
  });

  it('runs once: routes by the filter, falls back, and the handlers take the errors', async () => {
    await s.page.getByRole('button', { name: 'Run once' }).click();
    await s.page.getByTestId('run-summary').waitFor();
    const bubble = (id: string) =>
      s.page.locator(`.cnode[data-id="${id}"]`).getByRole('button', { name: / operations$/ });
    // a (2 repeats) and b (resumed with one bundle) pass "Big pages"; only c falls back.
    expect(await bubble('1').textContent()).toBe('1');
    expect(await bubble('2').textContent()).toBe('3');
    expect(await bubble('4').textContent()).toBe('3');
    expect(await bubble('5').textContent()).toBe('1');
    expect(await bubble('7').textContent()).toBe('1');
    await bubble('4').click();
    const inspector = s.page.getByRole('complementary', { name: 'Run of Compose a string (4)' });
    await inspector.getByText('Output').waitFor();
    const text = (await inspector.textContent()) ?? '';
    expect(text).toMatch(/value\s*big a1/);
    expect(text).toMatch(/value\s*big b0/);
    expect(text).not.toContain('big c');
    await s.page.getByRole('button', { name: 'Zoom to fit' }).click();
    await s.page.screenshot({ path: path.join(outputDir, 'editor-import-run.png') });
    await s.page.getByRole('button', { name: 'Close inspector' }).click();
  });

  it('exports the same document, with Weft additions only under metadata.weft', async () => {
    const download = s.page.waitForEvent('download');
    await s.page.getByRole('button', { name: 'Export blueprint' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, 'utf8')) as typeof IMPORTED & {
      metadata: { weft?: { bindings: Record<string, string> } };
    };
    // Nothing was bound, so the export may leave `metadata.weft` out altogether.
    expect(exported.metadata.weft ?? { bindings: {} }).toEqual({ bindings: {} });
    const { weft: _weft, ...metadata } = exported.metadata;
    expect({ ...exported, metadata }).toEqual(IMPORTED);
  });
});
