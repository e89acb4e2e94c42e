import { describe, expect, it, vi } from 'vitest';
import { fakeContext, runModule } from './fake-context';
import { convertEncoding } from './convert-encoding';
import { sleep } from './sleep';

describe('util:FunctionSleep', () => {
  it('waits the given seconds', async () => {
    vi.useFakeTimers();
    try {
      let done = false;
      const p = runModule(sleep, fakeContext(), { duration: '2' }).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(1999);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await p;
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops when the run is aborted, and rejects delays outside 0–300 s', async () => {
    const abort = new AbortController();
    const p = runModule(sleep, fakeContext({ signal: abort.signal }), { duration: 300 });
    abort.abort();
    await expect(p).rejects.toMatchObject({ type: 'ExecutionInterruptedError' });
    await expect(runModule(sleep, fakeContext(), { duration: 301 })).rejects.toThrow(/^Delay:/);
    await expect(runModule(sleep, fakeContext(), { duration: 'soon' })).rejects.toThrow(/^Delay:/);
  });
});

describe('util:ConvertEncoding', () => {
  it('converts between UTF-8, Latin-1, Windows-1252 and UTF-16', async () => {
    const ctx = fakeContext();
    const latin = await runModule(convertEncoding, ctx, {
      data: 'café €',
      targetEncoding: 'windows-1252',
    });
    expect(latin).toEqual([
      { data: new Uint8Array([99, 97, 102, 0xe9, 32, 0x80]), text: 'café €' },
    ]);
    const back = await runModule(convertEncoding, ctx, {
      data: new Uint8Array([99, 97, 102, 0xe9]),
      sourceEncoding: 'iso-8859-1',
      targetEncoding: 'utf-16le',
    });
    expect(back).toEqual([{ data: new Uint8Array([99, 0, 97, 0, 102, 0, 0xe9, 0]), text: 'café' }]);
  });

  it('names the field for unknown encodings and characters the target cannot hold', async () => {
    const ctx = fakeContext();
    await expect(
      runModule(convertEncoding, ctx, { data: 'x', targetEncoding: 'klingon' }),
    ).rejects.toThrow(/^Target encoding: 'klingon'/);
    await expect(
      runModule(convertEncoding, ctx, { data: '€', targetEncoding: 'latin1' }),
    ).rejects.toThrow(/^Target encoding: '€' \(U\+20AC\)/);
    await expect(
      runModule(convertEncoding, ctx, { data: new Uint8Array([0xff]), sourceEncoding: 'utf-8' }),
    ).rejects.toThrow(/^Data: the data is not valid utf-8/);
  });
});
