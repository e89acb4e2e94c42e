import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, chromiumArgs } from './chromium';

export const outputDir = path.resolve('tests/e2e/output');

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `node build/relay.mjs` (what `npm start` runs after building) on a free port and waits
 * for the URL line it prints. Its data folder is a fresh temporary one; `appRoot` is the built
 * app it serves (default `dist`).
 */
export function startApp(port = 0, appRoot = 'dist'): Promise<RunningApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'weft-e2e-data-'));
  const child: ChildProcess = spawn(process.execPath, ['build/relay.mjs'], {
    env: { ...process.env, PORT: String(port), RELAY_DATA_DIR: dataDir, WEFT_APP_ROOT: appRoot },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (!m) return;
      child.stdout?.off('data', onData);
      resolve({
        url: m[0],
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            process.kill(-child.pid!, 'SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`server exited (${code}) before it was ready: ${stderr}`)),
    );
  });
}

/** A fresh Chromium profile (its own IndexedDB, caches and service workers). */
export async function launchBrowser(): Promise<BrowserContext> {
  mkdirSync(outputDir, { recursive: true });
  const profile = mkdtempSync(path.join(tmpdir(), 'weft-e2e-profile-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
  });
}

export interface AppSession {
  app: RunningApp;
  context: BrowserContext;
  page: Page;
}

/**
 * The usual set-up of a browser test file: the app on a free port, a fresh Chromium profile and
 * one page, created in `beforeAll` and closed in `afterAll`. `testClock` turns on the runtime's
 * test hooks (`window.weftTest`) with the clock stopped at that time (docs/runtime.md).
 *
 * @example const s = appSession(); it('…', async () => { await s.page.goto(s.app.url); });
 */
export function appSession(opts: { testClock?: string } = {}): AppSession {
  const s = {} as AppSession;
  beforeAll(async () => {
    s.app = await startApp();
    s.context = await launchBrowser();
    if (opts.testClock) {
      await s.context.addInitScript(
        (at) => localStorage.setItem('weft.testClock', at),
        opts.testClock,
      );
    }
    s.page = await s.context.newPage();
  });
  afterAll(async () => {
    await s.context?.close();
    await s.app?.stop();
  });
  return s;
}
