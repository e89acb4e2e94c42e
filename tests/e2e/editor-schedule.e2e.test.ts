import { describe, it } from 'vitest';
import { appSession } from './harness';

// Scheduling in the editor: an interval schedule restricted to office hours, shown in words on
// the Scenarios s.page and kept across a reload.
describe('scenario scheduling', () => {
  const s = appSession();

  it('saves "every 15 minutes, only between 09:00 and 17:00"', async () => {
    await s.page.goto(s.app.url);
    await s.page.getByRole('button', { name: 'New scenario' }).click();
    await s.page.waitForURL(/\/scenarios\/[\w-]+$/);
    await s.page.getByRole('button', { name: 'Scheduling' }).click();
    await s.page.getByLabel('Only between').fill('09:00');
    await s.page.getByLabel('and', { exact: true }).fill('17:00');
    await s.page.getByRole('button', { name: 'OK' }).click();
    await s.page.getByRole('link', { name: 'Scenarios' }).click();
    await s.page.getByRole('cell', { name: 'Every 15 minutes, 09:00–17:00' }).waitFor();
    await s.page.reload();
    await s.page.getByRole('cell', { name: 'Every 15 minutes, 09:00–17:00' }).waitFor();
  });
});
