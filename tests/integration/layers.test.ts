import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const fixtures = path.resolve('tests/fixtures/layers');
const eslint = new ESLint({ cwd: process.cwd() });

/** Lints a fixture as if it were the file `asFile` (e.g. src/engine/x.ts). */
async function layerMessages(fixture: string, asFile: string): Promise<string[]> {
  const code = readFileSync(path.join(fixtures, fixture), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: path.resolve(asFile) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'weft/layers').map((m) => m.message);
}

describe('layer rules: ESLint weft/layers (DESIGN.md §3)', () => {
  it('rejects the engine importing storage', async () => {
    const messages = await layerMessages('engine-imports-storage.ts', 'src/engine/bad.ts');
    expect(messages).toEqual([
      expect.stringContaining("layer engine may not import storage ('../storage')"),
    ]);
  });

  it('rejects Dexie outside storage, @xyflow/system outside ui/canvas, Node built-ins in iml', async () => {
    expect(await layerMessages('domain-imports-dexie.ts', 'src/domain/bad.ts')).toEqual([
      expect.stringContaining('Dexie belongs to src/storage'),
    ]);
    expect(await layerMessages('ui-imports-xyflow.ts', 'src/ui/pages/bad.tsx')).toEqual([
      expect.stringContaining('@xyflow/system belongs to src/ui/canvas'),
    ]);
    expect(await layerMessages('ui-imports-xyflow.ts', 'src/ui/canvas/ok.ts')).toEqual([]);
    expect(await layerMessages('iml-imports-node.ts', 'src/iml/bad.ts')).toEqual([
      expect.stringContaining('Node built-ins are for src/relay and src/cli only'),
    ]);
  });

  it('lets the bridge import engine types only', async () => {
    expect(await layerMessages('bridge-value-imports-engine.ts', 'src/bridge/bad.ts')).toEqual([
      expect.stringContaining('type-only imports are allowed'),
    ]);
  });

  it('accepts allowed imports', async () => {
    expect(await layerMessages('engine-imports-iml-ok.ts', 'src/engine/fine.ts')).toEqual([]);
  });
});

describe('layer rules: no DOM or Node types in the pure layers', () => {
  const pure = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.pure.json',
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const hostGlobals = path.resolve('src/shared/host-globals.d.ts');
  const diagnose = (fixture: string) => {
    const file = path.join(fixtures, fixture);
    const program = ts.createProgram([hostGlobals, file], pure.options);
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  };

  it('does not know document, process or Buffer', () => {
    expect(diagnose('domain-uses-dom.ts')).toEqual([
      expect.stringMatching(/^Cannot find name 'document'/),
      expect.stringMatching(/^Cannot find name 'process'/),
      expect.stringMatching(/^Cannot find name 'Buffer'/),
    ]);
  });

  it('knows the declared host globals', () => {
    expect(diagnose('domain-uses-host-ok.ts')).toEqual([]);
  });
});
