import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appSession } from './harness';

// Settings › Backup: export everything as one ZIP, change things, restore the ZIP and find the
// state of the export; a broken file changes nothing and says so.
describe('backup export and restore', () => {
  const s = appSession();
  let backupPath = '';

  const newScenario = async (name: string) => {
    await s.page.goto(`${s.app.url}scenarios`);
    await s.page.getByRole('button', { name: 'New scenario' }).click();
    await s.page.waitForURL(/\/scenarios\/[\w-]+$/);
    await s.page.getByLabel('Name', { exact: true }).fill(name);
    await s.page.getByLabel('Name', { exact: true }).press('Enter');
    await s.page.getByRole('link', { name: 'Scenarios' }).click();
    await s.page.getByRole('link', { name }).waitFor();
  };

  it('exports a ZIP of the scenarios', async () => {
    await newScenario('Kept');
    await s.page.getByRole('link', { name: 'Settings' }).click();
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^weft-backup-\d{4}-\d{2}-\d{2}\.zip$/);
    backupPath = (await download.path())!;
    expect(readFileSync(backupPath).subarray(0, 2).toString()).toBe('PK');
  });

  it('restores it: what was added since is gone, what was saved is back', async () => {
    await newScenario('Added later');
    await s.page.getByRole('link', { name: 'Settings' }).click();
    await s.page.getByLabel('Restore a backup').setInputFiles(backupPath);
    await s.page
      .getByTestId('backup-status')
      .getByText('Backup restored: 1 scenario and their data.')
      .waitFor();
    await s.page.getByRole('link', { name: 'Scenarios' }).click();
    await s.page.getByRole('link', { name: 'Kept' }).waitFor();
    expect(await s.page.getByRole('link', { name: 'Added later' }).count()).toBe(0);
  });

  it('refuses a broken file and changes nothing', async () => {
    await s.page.getByRole('link', { name: 'Settings' }).click();
    await s.page.getByLabel('Restore a backup').setInputFiles({
      name: 'not-a-backup.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from('this is not a zip'),
    });
    await s.page
      .getByRole('alert')
      .getByText(/^Nothing was changed: /)
      .waitFor();
    await s.page.getByRole('link', { name: 'Scenarios' }).click();
    await s.page.getByRole('link', { name: 'Kept' }).waitFor();
  });
});
