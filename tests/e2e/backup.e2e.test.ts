import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startApp, type RunningApp } from './harness';

// Settings › Backup: export everything as one ZIP, change things, restore the ZIP and find the
// state of the export; a broken file changes nothing and says so.
describe('backup export and restore', () => {
  let app: RunningApp;
  let context: BrowserContext;
  let page: Page;
  let backupPath = '';

  beforeAll(async () => {
    app = await startApp();
    context = await launchBrowser();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  const newScenario = async (name: string) => {
    await page.goto(`${app.url}scenarios`);
    await page.getByRole('button', { name: 'New scenario' }).click();
    await page.waitForURL(/\/scenarios\/[\w-]+$/);
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Name', { exact: true }).press('Enter');
    await page.getByRole('link', { name: 'Scenarios' }).click();
    await page.getByRole('link', { name }).waitFor();
  };

  it('exports a ZIP of the scenarios', async () => {
    await newScenario('Kept');
    await page.getByRole('link', { name: 'Settings' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^weft-backup-\d{4}-\d{2}-\d{2}\.zip$/);
    backupPath = (await download.path())!;
    expect(readFileSync(backupPath).subarray(0, 2).toString()).toBe('PK');
  });

  it('restores it: what was added since is gone, what was saved is back', async () => {
    await newScenario('Added later');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Restore a backup').setInputFiles(backupPath);
    await page
      .getByTestId('backup-status')
      .getByText('Backup restored: 1 scenario and their data.')
      .waitFor();
    await page.getByRole('link', { name: 'Scenarios' }).click();
    await page.getByRole('link', { name: 'Kept' }).waitFor();
    expect(await page.getByRole('link', { name: 'Added later' }).count()).toBe(0);
  });

  it('refuses a broken file and changes nothing', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Restore a backup').setInputFiles({
      name: 'not-a-backup.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from('this is not a zip'),
    });
    await page
      .getByRole('alert')
      .getByText(/^Nothing was changed: /)
      .waitFor();
    await page.getByRole('link', { name: 'Scenarios' }).click();
    await page.getByRole('link', { name: 'Kept' }).waitFor();
  });
});
