// Shared by the CLI integration tests: the bundled `weft` in a plain node process, as users and
// tools call it (CONTRACTS.md §2).
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** A file of tests/blueprints/. */
export const fixture = (name: string) => path.join(root, 'tests/blueprints', name);

/** Bundles the CLI from this checkout (build/weft.mjs); call it in `beforeAll`. */
export function buildCli(): void {
  execFileSync('npm', ['run', '--silent', 'build:node'], { cwd: root, stdio: 'ignore' });
}

/** Runs `node build/weft.mjs <args>` and returns its exit code, stdout and stderr. */
export function runWeft(...args: string[]): {
  code: number | null;
  stdout: string;
  stderr: string;
} {
  const r = spawnSync(process.execPath, [path.join(root, 'build/weft.mjs'), ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
