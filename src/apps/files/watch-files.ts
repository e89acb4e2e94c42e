import type { FilesPort, HandlerContext } from '../contract';
import { defineModule, field } from '../define';
import { integerField, textField } from './field-values';
import { fileOutput, readLibraryFile } from './file-bundle';
import { library } from './library';
import { joinPath, libraryPath } from './library-path';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Names emitted by this cycle's read, waiting for the cycle to commit. One context per run. */
const pending = new WeakMap<HandlerContext, { statePath: string; seen: string[] }>();

const statePath = (ctx: HandlerContext) =>
  `/.weft/watch/${encodeURIComponent(ctx.scenarioId)}.${encodeURIComponent(ctx.moduleId)}.json`;

async function readSeen(files: FilesPort, path: string): Promise<Set<string>> {
  try {
    const state: unknown = JSON.parse(decoder.decode(await files.read(path)));
    const seen = (state as { seen?: unknown }).seen;
    return new Set(Array.isArray(seen) ? seen.filter((s) => typeof s === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Oldest first when the host knows save times, else by name. */
async function ordered(files: FilesPort, paths: string[]): Promise<string[]> {
  if (!files.stat) return paths;
  const stamped = await Promise.all(
    paths.map(async (p) => ({ p, at: (await files.stat?.(p))?.createdAt ?? '' })),
  );
  return stamped.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((s) => s.p);
}

/**
 * Watch files: each cycle emits the folder's files it has not emitted before (at most
 * `maxResults`). What it has emitted is kept in `/.weft/watch/…` and written only when the cycle
 * commits, so a rolled-back cycle sees the same files again (ADR 0551).
 */
export const watchFiles = defineModule(
  {
    id: 'files:WatchFiles',
    label: 'Watch files',
    description: 'Triggers when a new file appears in a folder of the file library.',
    kind: 'trigger',
    parameters: [
      field('folder', 'Folder', 'text', { default: '/', help: 'A library folder, e.g. /inbox.' }),
      field('maxResults', 'Maximum number of results', 'integer', {
        help: 'Files per cycle; empty for all new files.',
      }),
    ],
    output: [...fileOutput, field('path', 'Path', 'text')],
  },
  {
    requires: ['files'],
    async read(ctx) {
      const files = library(ctx);
      const p = ctx.parameters as Record<string, unknown>;
      const folder = libraryPath(textField(p, 'folder', 'Folder', 'FILES', false) ?? '/', 'Folder');
      const max = integerField(p, 'maxResults', 'Maximum number of results', 'FILES', 1, 1e6, 0);
      const state = statePath(ctx);
      const seen = await readSeen(files, state);
      const names = await files.list(folder);
      const present = new Set(names.map((n) => joinPath(folder, n, 'Folder')));
      const fresh = await ordered(
        files,
        [...present].filter((p) => !seen.has(p)),
      );
      const take = max ? fresh.slice(0, max) : fresh;
      const keep = [...seen].filter((p) => present.has(p));
      pending.set(ctx, { statePath: state, seen: [...keep, ...take] });
      const out = [];
      for (const path of take) out.push(await readLibraryFile(files, path, 'Folder'));
      return out;
    },
    async commit(ctx) {
      const p = pending.get(ctx);
      if (!p || !ctx.files) return;
      pending.delete(ctx);
      const json = JSON.stringify({ seen: p.seen });
      await ctx.files.write(p.statePath, encoder.encode(json), 'application/json');
    },
    rollback(ctx) {
      pending.delete(ctx);
    },
  },
);
