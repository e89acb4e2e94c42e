/** The corpus exercises every function, keyword and variable that the catalogue offers. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/iml';

const here = path.dirname(new URL(import.meta.url).pathname);
const corpusText = readdirSync(here)
  .filter((f) => f.endsWith('.json'))
  .map((f) => readFileSync(path.join(here, f), 'utf8'))
  .join('\n');

describe('corpus coverage', () => {
  it('uses every function, keyword and variable', () => {
    for (const f of catalogue.functions) expect(corpusText, f.name).toContain(`${f.name}(`);
    for (const k of [...catalogue.keywords, ...catalogue.variables]) {
      expect(corpusText, k.name).toMatch(new RegExp(`\\b${k.name}\\b`));
    }
  });

  it('uses every operator', () => {
    for (const op of catalogue.operators) expect(corpusText, op.name).toContain(` ${op.name} `);
  });
});
