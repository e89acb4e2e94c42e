import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { WEFT_VERSION } from '../src/shared';
import { createEngineApi } from './engine-api';

describe('engine worker API (in Node, without a worker)', () => {
  it('reports the version', async () => {
    expect(await createEngineApi().version()).toBe(WEFT_VERSION);
  });

  it('zips two texts that unzip to the same contents', async () => {
    const r = await createEngineApi().selfTest([
      { name: 'a.txt', text: 'hello' },
      { name: 'dir/b.txt', text: 'žluťoučký kůň' },
    ]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.entries).toEqual(['a.txt', 'dir/b.txt']);
    const back = await JSZip.loadAsync(r.value.zip);
    expect(await back.file('a.txt')?.async('string')).toBe('hello');
    expect(await back.file('dir/b.txt')?.async('string')).toBe('žluťoučký kůň');
  });

  it('refuses duplicate or missing names with a coded error', async () => {
    const api = createEngineApi();
    const dup = await api.selfTest([
      { name: 'x', text: '1' },
      { name: 'x', text: '2' },
    ]);
    expect(dup).toEqual({
      ok: false,
      error: { code: 'WORKER_E003', message: "Two files are named 'x'." },
    });
    expect((await api.selfTest([])).ok).toBe(false);
    expect(await api.selfTest([{ name: ' ', text: '' }])).toMatchObject({
      ok: false,
      error: { code: 'WORKER_E002' },
    });
  });
});
