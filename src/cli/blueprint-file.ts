/** Reading a blueprint file for `weft run` and `weft check`: never throws, problems have paths. */
import { readFileSync } from 'node:fs';
import { defaultRegistry } from '../apps';
import { parseBlueprintText, restoreBlueprint } from '../domain';
import type { BlueprintProblem, RestoredBlueprint } from '../domain';

export type LoadedBlueprint =
  { ok: true; value: RestoredBlueprint } | { ok: false; problems: BlueprintProblem[] };

export function loadBlueprint(file: string): LoadedBlueprint {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {
      ok: false,
      problems: [{ code: 'CLI_E001', path: '(root)', message: `cannot read '${file}'` }],
    };
  }
  const parsed = parseBlueprintText(text);
  if (!parsed.ok) return { ok: false, problems: parsed.error };
  const restored = restoreBlueprint(parsed.value, {
    isSupported: (m) => defaultRegistry.get(m) !== undefined,
  });
  return restored.ok
    ? { ok: true, value: restored.value }
    : { ok: false, problems: restored.error };
}

/** One line per problem on stderr: `flow[2].id: duplicate id 4`. */
export function printProblems(
  command: string,
  file: string,
  problems: readonly BlueprintProblem[],
): void {
  const lines = problems.map((p) => `  ${p.path}: ${p.message}\n`).join('');
  process.stderr.write(`weft ${command}: invalid blueprint '${file}'\n${lines}`);
}

/** Reads a JSON file for an option; a string is the usage error. */
export function readJsonFile(
  option: string,
  file: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, message: `${option}: cannot read '${file}'` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return {
      ok: false,
      message: `${option}: '${file}' is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
    };
  }
}
