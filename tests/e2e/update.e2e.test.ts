import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startApp, type RunningApp } from './harness';

// A deploy while the app is open: the new service worker waits, the user is asked, and only
// "Reload" switches to it.
describe('update prompt', () => {
  let app: RunningApp;
  let context: BrowserContext;
  const root = mkdtempSync(path.join(tmpdir(), 'weft-e2e-dist-'));

  beforeAll(async () => {
    cpSync('dist', root, { recursive: true });
    app = await startApp(0, root);
    context = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  it('shows "A new version is ready" and reloads into the new version on "Reload"', async () => {
    const page = await context.newPage();
    await page.goto(app.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.getByRole('heading', { name: 'Scenarios', exact: true }).waitFor();
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(firstWorker).toMatch(/\/sw\.js$/);
    expect(await page.getByText('A new version is ready').count()).toBe(0);

    // "Deploy": a byte-different service worker on the server, then the browser's update check.
    appendFileSync(path.join(root, 'sw.js'), '\n// deploy 2\n');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.getByText('A new version is ready').waitFor();
    const waiting = await page.evaluate(() =>
      navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state ?? null),
    );
    expect(waiting).toBe('installed');

    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await page.getByRole('heading', { name: 'Scenarios', exact: true }).waitFor();
    const after = await page.evaluate(() =>
      navigator.serviceWorker.getRegistration().then((r) => ({
        waiting: r?.waiting ?? null,
        active: r?.active?.state,
      })),
    );
    expect(after).toEqual({ waiting: null, active: 'activated' });
    expect(await page.getByText('A new version is ready').count()).toBe(0);
  });
});
