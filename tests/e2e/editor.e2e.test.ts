import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAfter, node, pick, typeField } from './editor-helpers';
import { launchBrowser, outputDir, startApp, type RunningApp } from './harness';

// The first scenario, built from scratch by a user:
//   1 Custom webhook → 2 Iterator → [filter "big": qty > 1] → 3 Array aggregator → 4 Webhook response
// run once with a test request of three items (two pass the filter), then reloaded.
const BODY = '{"items":[{"sku":"a","qty":2},{"sku":"b","qty":1},{"sku":"c","qty":5}]}';

describe('scenario editor: build, run, inspect, reload', () => {
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

  it('builds the scenario with the picker, "+" buttons, settings and a filter', async () => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'New scenario' }).click();
    await page.waitForURL(/\/scenarios\/[\w-]+$/);
    await page.getByLabel('Name').fill('Order items');
    await page.getByLabel('Name').press('Enter');

    await page.getByRole('button', { name: 'Add module' }).click();
    await pick(page, 'webhook', 'Custom webhook');
    await node(page, 'Custom webhook (1)').waitFor();
    // The Webhook field picks a relay hook of this browser; "Add" creates one (and connects this
    // browser to the relay that serves the app, the first time).
    await page.getByRole('button', { name: 'Add webhook' }).click();
    await page.getByLabel('New webhook name').fill('orders');
    await page.getByRole('button', { name: 'Create webhook' }).click();
    const hookPicker = page.getByRole('combobox', { name: 'Webhook' });
    await expect.poll(() => hookPicker.locator('option:checked').textContent()).toBe('orders');
    await page.getByText(/\/hook\/[\w-]+$/).waitFor();
    await page.getByRole('button', { name: 'OK', exact: true }).click();

    await addAfter(page, 'Custom webhook (1)', 'iterat', 'Iterator');
    await typeField(page, 'Array', '{{1.items}}');
    await page.getByRole('button', { name: 'OK', exact: true }).click();

    await addAfter(page, 'Iterator (2)', 'array agg', 'Array aggregator');
    await page.getByLabel('Source module').selectOption({ label: 'Iterator (2)' });
    await page.getByRole('button', { name: 'Add aggregated field' }).click();
    await page.getByLabel('Field name').fill('sku');
    await page.getByLabel('Field name').press('Tab');
    // The mapping panel offers the iterator's outputs; a click inserts the pill.
    await page.getByRole('textbox', { name: 'Value of sku' }).click();
    const mapping = page.getByRole('complementary', { name: 'Mapping panel' });
    await mapping.getByRole('button', { name: '2. Value' }).waitFor();
    await page.getByRole('textbox', { name: 'Value of sku' }).pressSequentially('{{2.sku}}');
    await page.getByRole('textbox', { name: 'Value of sku' }).press('Tab');
    await page.getByRole('button', { name: 'OK', exact: true }).click();

    await addAfter(page, 'Array aggregator (3)', 'respon', 'Webhook response');
    await typeField(page, 'Body', '{{3.array}}');
    // A broken mapping is underlined with its message, and fixing it clears the error.
    await typeField(page, 'Status', '{{add(');
    await page.getByText("'{{' is never closed with '}}'.").waitFor();
    const status = page.getByRole('textbox', { name: 'Status', exact: true });
    await status.fill('200');
    await status.press('Tab');
    await page.getByRole('button', { name: 'OK', exact: true }).click();

    await page.getByRole('button', { name: 'Filter before Array aggregator (3)' }).click();
    await page.getByLabel('Label').fill('big');
    await typeField(page, 'Value', '{{2.qty}}');
    await page.getByLabel('Operator').selectOption('number:greater');
    await typeField(page, 'Compared with', '1');
    await page.getByRole('button', { name: 'OK', exact: true }).click();

    for (const name of [
      'Custom webhook (1)',
      'Iterator (2)',
      'Array aggregator (3)',
      'Webhook response (4)',
    ])
      await node(page, name).waitFor();
  });

  it('runs once with test input and shows op counts and the output bundle', async () => {
    await page.getByRole('button', { name: 'Run once' }).click();
    await page.getByLabel('Request body').fill(BODY);
    await page.getByRole('button', { name: 'Run with this input' }).click();
    await page.getByTestId('run-summary').waitFor();
    const bubble = (id: string) =>
      page.locator(`.cnode[data-id="${id}"]`).getByRole('button', { name: / operations$/ });
    expect(await bubble('1').textContent()).toBe('1');
    expect(await bubble('2').textContent()).toBe('1');
    expect(await bubble('3').textContent()).toBe('1');
    expect(await bubble('4').textContent()).toBe('1');
    await expect(page.getByRole('button', { name: '1 operations' }).count()).resolves.toBe(4);
    expect(await page.getByTestId('run-summary').textContent()).toMatch(/success\s*4 ops/);

    await bubble('3').click();
    const inspector = page.getByRole('complementary', { name: 'Run of Array aggregator (3)' });
    await inspector.getByText('Output').waitFor();
    const text = (await inspector.textContent()) ?? '';
    expect(text).toContain('array');
    expect(text).toMatch(/sku\s*a/);
    expect(text).toMatch(/sku\s*c/);
    expect(text).not.toMatch(/sku\s*b/);

    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await page.screenshot({ path: path.join(outputDir, 'editor-run-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Close inspector' }).click();
    await page.screenshot({ path: path.join(outputDir, 'editor-run-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('finds the scenario unchanged after a reload', async () => {
    await page.waitForTimeout(600);
    await page.reload();
    for (const name of [
      'Custom webhook (1)',
      'Iterator (2)',
      'Array aggregator (3)',
      'Webhook response (4)',
    ])
      await node(page, name).waitFor();
    expect(await page.getByLabel('Name').inputValue()).toBe('Order items');
    await expect(
      page.getByRole('button', { name: 'Filter before Array aggregator (3)' }).textContent(),
    ).resolves.toContain('big');
    await node(page, 'Iterator (2)').click();
    expect(await page.getByRole('textbox', { name: 'Array', exact: true }).inputValue()).toBe(
      '{{1.items}}',
    );
    await page.keyboard.press('Escape');
    await node(page, 'Custom webhook (1)').click();
    const hookPicker = page.getByRole('combobox', { name: 'Webhook' });
    await expect.poll(() => hookPicker.locator('option:checked').textContent()).toBe('orders');
    await page.keyboard.press('Escape');
  });
});
