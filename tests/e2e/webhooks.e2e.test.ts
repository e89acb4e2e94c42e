import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, outputDir, startApp, type RunningApp } from './harness';

// The Webhooks page against the real relay that `npm start` runs: connect this browser, add a
// hook, call its URL from outside, and manage it.
describe('Webhooks page', () => {
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

  it('connects to the relay and creates a hook whose URL accepts requests', async () => {
    await page.goto(`${app.url}webhooks`);
    await expect(page.getByLabel('Relay address').inputValue()).resolves.toBe(app.url);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByLabel('New webhook name').fill('Orders');
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const name = page.getByLabel('Name of webhook Orders');
    await name.waitFor();
    const url = (await page.locator('.url-cell span').first().textContent()) ?? '';
    expect(url).toMatch(new RegExp(`^${app.url}hook/[\\w-]{22,}$`));

    const res = await fetch(url, { method: 'POST', body: '{"id":1}' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('Accepted');
    await page.reload();
    await name.waitFor();
    // The browser's relay account survives the reload (token kept encrypted in IndexedDB).
    expect(await page.getByRole('button', { name: 'Connect' }).count()).toBe(0);
    await page.screenshot({ path: path.join(outputDir, 'webhooks.png') });
  });

  it('renames, disables and deletes a hook', async () => {
    const name = page.getByLabel('Name of webhook Orders');
    await name.fill('Invoices');
    await name.press('Enter');
    await page.getByLabel('Name of webhook Invoices').waitFor();
    const toggle = page.getByRole('switch', { name: 'Webhook Invoices enabled' });
    await toggle.uncheck();
    await page.reload();
    await expect(
      page.getByRole('switch', { name: 'Webhook Invoices enabled' }).isChecked(),
    ).resolves.toBe(false);
    const url = (await page.locator('.url-cell span').first().textContent()) ?? '';
    await page.getByRole('button', { name: 'Delete webhook Invoices' }).click();
    await page.getByText('No webhooks yet').waitFor();
    expect((await fetch(url, { method: 'POST', body: '{}' })).status).toBe(410);
  });
});
