import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Finds Debian's Chromium, installing it with apt when we are root on a machine that has apt
 * (`npm install && npm test` is the whole set-up). Otherwise fails loudly with the command to run:
 * browser tests are never skipped silently.
 */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (root && hasApt) {
    console.log("Chromium is missing: installing Debian's chromium with apt-get (about 30 s)…");
    execFileSync(
      'sh',
      [
        '-c',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      ],
      {
        stdio: 'inherit',
      },
    );
    if (existsSync(CHROMIUM)) return CHROMIUM;
  }
  throw new Error(
    `Browser tests need Chromium at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium ` +
      '(or set CHROMIUM_PATH to a Chromium binary).',
  );
}

/** Flags for headless Chromium on these machines (DESIGN.md §11). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
