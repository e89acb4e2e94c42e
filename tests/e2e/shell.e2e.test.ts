import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appSession, outputDir } from './harness';

// One visitor, in order: the shell renders → the worker answers → a scenario survives a reload
// → the service worker takes control → the server goes away → the app still loads and works.
describe('app shell in Chromium', () => {
  const s = appSession();

  it('renders the shell with its navigation at the start URL', async () => {
    await s.page.goto(s.app.url);
    await s.page.waitForURL(/\/scenarios$/);
    await expect(s.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Scenarios',
    );
    const nav = s.page.getByRole('navigation', { name: 'Main' });
    const links = await nav.getByRole('link').allTextContents();
    expect(links.map((l) => l.trim())).toEqual([
      'Weft',
      'Scenarios',
      'History',
      'Connections',
      'Data stores',
      'Webhooks',
      'Usage',
      'Settings',
    ]);
    await s.page.getByText(/Engine ready · v\d+\.\d+\.\d+/).waitFor();
  });

  it('links an installable web manifest with icons 192, 512 and maskable', async () => {
    const manifest = await s.page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as Record<string, unknown>) : null;
    });
    expect(manifest).toMatchObject({ name: 'Weft', start_url: '/', display: 'standalone' });
    const icons = manifest?.icons as { sizes: string; purpose?: string; src: string }[];
    expect(icons.map((i) => `${i.sizes}${i.purpose ? ' ' + i.purpose : ''}`)).toEqual([
      '192x192',
      '512x512',
      '512x512 maskable',
    ]);
    for (const icon of icons) {
      const status = await s.page.evaluate((src) => fetch(src).then((r) => r.status), icon.src);
      expect(status).toBe(200);
    }
  });

  it('moves between pages on the client without reloading', async () => {
    await s.page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await s.page.getByRole('link', { name: 'History' }).click();
    await s.page.waitForURL(/\/history$/);
    await s.page.getByRole('heading', { name: 'History' }).waitFor();
    expect(await s.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  });

  it('gets an answer from the engine worker (a zip made with JSZip in the worker)', async () => {
    await s.page.getByRole('link', { name: 'Settings' }).click();
    await s.page.getByRole('button', { name: 'Test engine' }).click();
    const status = s.page.getByTestId('engine-check');
    await status.getByText(/zipped 2 files into \d+ bytes/).waitFor();
    const bytes = Number(/into (\d+) bytes/.exec((await status.textContent()) ?? '')?.[1]);
    expect(bytes).toBeGreaterThan(100);
  });

  it('keeps a new scenario in IndexedDB across a reload', async () => {
    await s.page.getByRole('link', { name: 'Scenarios' }).click();
    await s.page.getByRole('button', { name: 'New scenario' }).click();
    await s.page.waitForURL(/\/scenarios\/[\w-]+$/);
    await s.page.getByLabel('Name').fill('Orders to zip');
    await s.page.getByLabel('Name').press('Enter');
    await s.page.getByRole('heading', { name: 'Orders to zip' }).waitFor();
    await s.page.reload();
    await s.page.getByRole('heading', { name: 'Orders to zip' }).waitFor();
    await s.page.getByRole('link', { name: 'Scenarios' }).click();
    await s.page.getByRole('link', { name: 'Orders to zip' }).waitFor();
    await s.page.screenshot({ path: path.join(outputDir, 'shell-light.png') });
  });

  it('is controlled by the service worker after the first visit', async () => {
    await s.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await s.page.reload();
    await s.page.getByRole('heading', { name: 'Scenarios', exact: true }).waitFor();
    expect(await s.page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe(
      'activated',
    );
  });

  it("leaves the relay's paths to the server, not the app shell", async () => {
    const health = await s.page.goto(`${s.app.url}healthz`);
    expect(health?.status()).toBe(200);
    expect(await health?.text()).toBe('ok');
    expect(health?.fromServiceWorker()).toBe(false);
    const api = await s.page.goto(`${s.app.url}api/nothing-here`);
    expect(api?.fromServiceWorker()).toBe(false);
    expect(await api?.text()).not.toContain('<div id="app">');
    await s.page.goto(s.app.url);
    await s.page.getByRole('heading', { name: 'Scenarios', exact: true }).waitFor();
  });

  it('still loads, shows stored data and runs the worker with the server gone and the network off', async () => {
    await s.app.stop();
    await s.context.setOffline(true);
    await s.page.reload();
    await s.page.getByRole('heading', { name: 'Scenarios', exact: true }).waitFor();
    await s.page.getByRole('link', { name: 'Orders to zip' }).waitFor();
    await s.page.getByText(/Engine ready/).waitFor();
    await s.page.getByRole('link', { name: 'Settings' }).click();
    await s.page.getByRole('button', { name: 'Test engine' }).click();
    await s.page
      .getByTestId('engine-check')
      .getByText(/zipped 2 files/)
      .waitFor();
    // The editor is a lazily loaded chunk: it opens offline too (precached).
    await s.page.getByRole('link', { name: 'Scenarios' }).click();
    await s.page.getByRole('link', { name: 'Orders to zip' }).click();
    await s.page.getByRole('button', { name: 'Add module' }).waitFor();
    // A relay path offline is a network failure, never the cached app shell.
    await expect(s.page.goto(`${s.app.url}hook/abc`)).rejects.toThrow(
      /ERR_INTERNET_DISCONNECTED|ERR_FAILED/,
    );
    await s.context.setOffline(false);
  });

  it('fits a 1024 px window and has a dark theme', async () => {
    const small = await s.context.newPage();
    await small.setViewportSize({ width: 1024, height: 700 });
    await s.context.setOffline(true);
    await small.goto(s.app.url + 'settings');
    await small.getByRole('heading', { name: 'Settings' }).waitFor();
    await small.getByText('Dark', { exact: true }).click();
    expect(await small.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const bg = await small.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(18, 20, 26)');
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1024,
    );
    await small.getByRole('link', { name: 'Scenarios' }).click();
    await small.getByRole('link', { name: 'Orders to zip' }).waitFor();
    await small.screenshot({ path: path.join(outputDir, 'shell-dark-1024.png') });
    await small.reload();
    await small.getByRole('heading', { name: 'Scenarios', exact: true }).waitFor();
    expect(await small.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await s.context.setOffline(false);
  });
});
