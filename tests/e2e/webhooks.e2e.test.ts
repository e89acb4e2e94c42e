import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appSession, outputDir } from './harness';

// The Webhooks s.page against the real relay that `npm start` runs: connect this browser, add a
// hook, call its URL from outside, and manage it.
describe('Webhooks page', () => {
  const s = appSession();

  it('connects to the relay and creates a hook whose URL accepts requests', async () => {
    await s.page.goto(`${s.app.url}webhooks`);
    await expect(s.page.getByLabel('Relay address').inputValue()).resolves.toBe(s.app.url);
    await s.page.getByRole('button', { name: 'Connect' }).click();
    await s.page.getByLabel('New webhook name').fill('Orders');
    await s.page.getByRole('button', { name: 'Add webhook' }).click();
    const name = s.page.getByLabel('Name of webhook Orders');
    await name.waitFor();
    const url = (await s.page.locator('.url-cell span').first().textContent()) ?? '';
    expect(url).toMatch(new RegExp(`^${s.app.url}hook/[\\w-]{22,}$`));

    const res = await fetch(url, { method: 'POST', body: '{"id":1}' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('Accepted');
    await s.page.reload();
    await name.waitFor();
    // The browser's relay account survives the reload (token kept encrypted in IndexedDB).
    expect(await s.page.getByRole('button', { name: 'Connect' }).count()).toBe(0);
    await s.page.screenshot({ path: path.join(outputDir, 'webhooks.png') });
  });

  it('renames, disables and deletes a hook', async () => {
    const name = s.page.getByLabel('Name of webhook Orders');
    await name.fill('Invoices');
    await name.press('Enter');
    await s.page.getByLabel('Name of webhook Invoices').waitFor();
    const toggle = s.page.getByRole('switch', { name: 'Webhook Invoices enabled' });
    await toggle.uncheck();
    await s.page.reload();
    await expect(
      s.page.getByRole('switch', { name: 'Webhook Invoices enabled' }).isChecked(),
    ).resolves.toBe(false);
    const url = (await s.page.locator('.url-cell span').first().textContent()) ?? '';
    await s.page.getByRole('button', { name: 'Delete webhook Invoices' }).click();
    await s.page.getByText('No webhooks yet').waitFor();
    expect((await fetch(url, { method: 'POST', body: '{}' })).status).toBe(410);
  });
});
