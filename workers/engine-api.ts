import { transfer } from 'comlink';
import JSZip from 'jszip';
import type { EngineApi } from '../src/bridge/engine-api';
import { WEFT_VERSION, err, ok } from '../src/shared';

/**
 * The engine worker's implementation of the bridge interface. It lives in a plain module (not in
 * engine.worker.ts) so Node tests can import and call it without a worker.
 */
export function createEngineApi(): EngineApi {
  return {
    async version() {
      return WEFT_VERSION;
    },
    async selfTest(files) {
      if (files.length === 0) return err('WORKER_E001', 'Give at least one file to zip.');
      const names = new Set<string>();
      for (const f of files) {
        if (f.name.trim() === '') return err('WORKER_E002', 'Every file needs a name.');
        if (names.has(f.name)) return err('WORKER_E003', `Two files are named '${f.name}'.`);
        names.add(f.name);
      }
      const zip = new JSZip();
      for (const f of files) zip.file(f.name, f.text);
      const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
      const report = { version: WEFT_VERSION, zip: bytes, entries: files.map((f) => f.name) };
      return transfer(ok(report), [bytes.buffer]);
    },
  };
}
