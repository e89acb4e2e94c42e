import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAfter, node, pick, typeField } from './editor-helpers';
import { appSession, outputDir } from './harness';

// The first scenario, built from scratch by a user:
//   1 Custom webhook → 2 Iterator → [filter "big": qty > 1] → 3 Array aggregator → 4 Webhook response
// run once with a test request of three items (two pass the filter), then reloaded.
const BODY = '{"items":[{"sku":"a","qty":2},{"sku":"b","qty":1},{"sku":"c","qty":5}]}';

describe('scenario editor: build, run, inspect, reload', () => {
  const s = appSession();

  it('builds the scenario with the picker, "+" buttons, settings and a filter', async () => {
    await s.page.goto(s.app.url);
    await s.page.getByRole('button', { name: 'New scenario' }).click();
    await s.page.waitForURL(/\/scenarios\/[\w-]+$/);
    await s.page.getByLabel('Name').fill('Order items');
    await s.page.getByLabel('Name').press('Enter');

    await s.page.getByRole('button', { name: 'Add module' }).click();
    await pick(s.page, 'webhook', 'Custom webhook');
    await node(s.page, 'Custom webhook (1)').waitFor();
    // The Webhook field picks a relay hook of this browser; "Add" creates one (and connects this
    // browser to the relay that serves the app, the first time).
    await s.page.getByRole('button', { name: 'Add webhook' }).click();
    await s.page.getByLabel('New webhook name').fill('orders');
    await s.page.getByRole('button', { name: 'Create webhook' }).click();
    const hookPicker = s.page.getByRole('combobox', { name: 'Webhook' });
    await expect.poll(() => hookPicker.locator('option:checked').textContent()).toBe('orders');
    await s.page.getByText(/\/hook\/[\w-]+$/).waitFor();
    await s.page.getByRole('button', { name: 'OK', exact: true }).click();

    await addAfter(s.page, 'Custom webhook (1)', 'iterat', 'Iterator');
    await typeField(s.page, 'Array', '{{1.items}}');
    await s.page.getByRole('button', { name: 'OK', exact: true }).click();

    await addAfter(s.page, 'Iterator (2)', 'array agg', 'Array aggregator');
    await s.page.getByLabel('Source module').selectOption({ label: 'Iterator (2)' });
    await s.page.getByRole('button', { name: 'Add aggregated field' }).click();
    await s.page.getByLabel('Field name').fill('sku');
    await s.page.getByLabel('Field name').press('Tab');
    // The mapping panel offers the iterator's outputs; a click inserts the pill.
    await s.page.getByRole('textbox', { name: 'Value of sku' }).click();
    const mapping = s.page.getByRole('complementary', { name: 'Mapping panel' });
    await mapping.getByRole('button', { name: '2. Value' }).waitFor();
    await s.page.getByRole('textbox', { name: 'Value of sku' }).pressSequentially('{{2.sku}}');
    await s.page.getByRole('textbox', { name: 'Value of sku' }).press('Tab');
    await s.page.getByRole('button', { name: 'OK', exact: true }).click();

    await addAfter(s.page, 'Array aggregator (3)', 'respon', 'Webhook response');
    await typeField(s.page, 'Body', '{{3.array}}');
    // A broken mapping is underlined with its message, and fixing it clears the error.
    await typeField(s.page, 'Status', '{{add(');
    await s.page.getByText("'{{' is never closed with '}}'.").waitFor();
    const status = s.page.getByRole('textbox', { name: 'Status', exact: true });
    await status.fill('200');
    await status.press('Tab');
    await s.page.getByRole('button', { name: 'OK', exact: true }).click();

    await s.page.getByRole('button', { name: 'Filter before Array aggregator (3)' }).click();
    await s.page.getByLabel('Label').fill('big');
    await typeField(s.page, 'Value', '{{2.qty}}');
    await s.page.getByLabel('Operator').selectOption('number:greater');
    await typeField(s.page, 'Compared with', '1');
    await s.page.getByRole('button', { name: 'OK', exact: true }).click();

    for (const name of [
      'Custom webhook (1)',
      'Iterator (2)',
      'Array aggregator (3)',
      'Webhook response (4)',
    ])
      await node(s.page, name).waitFor();
  });

  it('runs once with test input and shows op counts and the output bundle', async () => {
    await s.page.getByRole('button', { name: 'Run once' }).click();
    await s.page.getByLabel('Request body').fill(BODY);
    await s.page.getByRole('button', { name: 'Run with this input' }).click();
    await s.page.getByTestId('run-summary').waitFor();
    const bubble = (id: string) =>
      s.page.locator(`.cnode[data-id="${id}"]`).getByRole('button', { name: / operations$/ });
    expect(await bubble('1').textContent()).toBe('1');
    expect(await bubble('2').textContent()).toBe('1');
    expect(await bubble('3').textContent()).toBe('1');
    expect(await bubble('4').textContent()).toBe('1');
    await expect(s.page.getByRole('button', { name: '1 operations' }).count()).resolves.toBe(4);
    expect(await s.page.getByTestId('run-summary').textContent()).toMatch(/success\s*4 ops/);

    await bubble('3').click();
    const inspector = s.page.getByRole('complementary', { name: 'Run of Array aggregator (3)' });
    await inspector.getByText('Output').waitFor();
    const text = (await inspector.textContent()) ?? '';
    expect(text).toContain('array');
    expect(text).toMatch(/sku\s*a/);
    expect(text).toMatch(/sku\s*c/);
    expect(text).not.toMatch(/sku\s*b/);

    await s.page.getByRole('button', { name: 'Zoom to fit' }).click();
    await s.page.screenshot({ path: path.join(outputDir, 'editor-run-light.png') });
    await s.page.emulateMedia({ colorScheme: 'dark' });
    await s.page.getByRole('button', { name: 'Close inspector' }).click();
    await s.page.screenshot({ path: path.join(outputDir, 'editor-run-dark.png') });
    await s.page.emulateMedia({ colorScheme: 'light' });
  });

  it('finds the scenario unchanged after a reload', async () => {
    await s.page.waitForTimeout(600);
    await s.page.reload();
    for (const name of [
      'Custom webhook (1)',
      'Iterator (2)',
      'Array aggregator (3)',
      'Webhook response (4)',
    ])
      await node(s.page, name).waitFor();
    expect(await s.page.getByLabel('Name').inputValue()).toBe('Order items');
    await expect(
      s.page.getByRole('button', { name: 'Filter before Array aggregator (3)' }).textContent(),
    ).resolves.toContain('big');
    await node(s.page, 'Iterator (2)').click();
    expect(await s.page.getByRole('textbox', { name: 'Array', exact: true }).inputValue()).toBe(
      '{{1.items}}',
    );
    await s.page.keyboard.press('Escape');
    await node(s.page, 'Custom webhook (1)').click();
    const hookPicker = s.page.getByRole('combobox', { name: 'Webhook' });
    await expect.poll(() => hookPicker.locator('option:checked').textContent()).toBe('orders');
    await s.page.keyboard.press('Escape');
  });
});
