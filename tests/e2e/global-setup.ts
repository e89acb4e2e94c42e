import { execFileSync } from 'node:child_process';
import { ensureChromium } from './chromium';

/** Once per e2e run: Chromium present, the app and the server bundle built from this checkout. */
export default function setup(): void {
  ensureChromium();
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync('npm', ['run', '--silent', 'build:node'], { stdio: 'inherit' });
}
