import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, startApp, type RunningApp } from './harness';

// Scheduling in the editor: an interval schedule restricted to office hours, shown in words on
// the Scenarios page and kept across a reload.
describe('scenario scheduling', () => {
  let app: RunningApp;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    context = await launchBrowser();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  it('saves "every 15 minutes, only between 09:00 and 17:00"', async () => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'New scenario' }).click();
    await page.waitForURL(/\/scenarios\/[\w-]+$/);
    await page.getByRole('button', { name: 'Scheduling' }).click();
    await page.getByLabel('Only between').fill('09:00');
    await page.getByLabel('and', { exact: true }).fill('17:00');
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('link', { name: 'Scenarios' }).click();
    await page.getByRole('cell', { name: 'Every 15 minutes, 09:00–17:00' }).waitFor();
    await page.reload();
    await page.getByRole('cell', { name: 'Every 15 minutes, 09:00–17:00' }).waitFor();
  });
});
