import type { Result } from '../shared';

/** A text file to put into a zip (the worker's self-test). */
export interface TextFile {
  name: string;
  text: string;
}

/** What the engine worker answers to `selfTest`: proof that the worker, JSZip and transfer work. */
export interface SelfTestReport {
  version: string;
  /** The zip archive's bytes, moved (not copied) across with `transfer()`. */
  zip: Uint8Array;
  entries: string[];
}

/**
 * The one interface between the UI and the engine worker (DESIGN.md §10 rule 9). The UI imports it
 * as a type only and talks to it through Comlink; domain failures come back as `Result` values
 * because Comlink loses Error subclasses. Cancelling a run means terminating the worker.
 */
export interface EngineApi {
  /** Weft's version as the worker sees it (the UI compares it with its own after an update). */
  version(): Promise<string>;
  /** Zips the given text files with JSZip in the worker and returns the archive. */
  selfTest(files: TextFile[]): Promise<Result<SelfTestReport>>;
}
