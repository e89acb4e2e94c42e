import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { node } from './editor-helpers';
import { appSession, outputDir } from './harness';

// Scenarios and History pages: a scenario that ran once shows its last run and this month's
// operations; rename, duplicate, delete and undo from the list; History lists the run and opens
// it on a read-only canvas with its bubbles and the inspector.
const compose = (id: number, value: string, x: number) => ({
  id,
  module: 'util:ComposeTransformer',
  version: 1,
  parameters: {},
  mapper: { value },
  metadata: { designer: { x, y: 0 } },
});
const BLUEPRINT = JSON.stringify({
  name: 'Greeting',
  flow: [compose(1, 'hello', 0), compose(2, '{{1.value}} world', 300)],
  metadata: { version: 1, scenario: { maxErrors: 3, autoCommit: true } },
});

describe('Scenarios and History pages', () => {
  const s = appSession();

  it('imports a pasted blueprint and runs it once', async () => {
    await s.page.goto(s.app.url);
    await s.page.getByRole('button', { name: 'New scenario' }).click();
    await s.page.waitForURL(/\/scenarios\/[\w-]+$/);
    await s.page.getByRole('button', { name: 'Import blueprint' }).click();
    await s.page.getByLabel('Or paste the blueprint JSON').fill(BLUEPRINT);
    await s.page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
    await node(s.page, 'Compose a string (2)').waitFor();
    await s.page.getByRole('button', { name: 'Run once' }).click();
    await s.page.getByTestId('run-summary').waitFor();
    expect(await s.page.getByTestId('run-summary').textContent()).toMatch(/success\s*2 ops/);
  });

  it('lists the scenario with its schedule, last run and operations this month', async () => {
    await s.page.getByRole('link', { name: 'Scenarios' }).click();
    const row = s.page
      .getByRole('row')
      .filter({ has: s.page.getByRole('link', { name: 'Greeting' }) });
    await row.getByText('success').waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[1]).toBe('Every 15 minutes');
    expect(cells[3]).toBe('2');
    await s.page.screenshot({ path: path.join(outputDir, 'editor-scenarios.png') });
  });

  it('renames, duplicates, deletes and undoes from the list', async () => {
    await s.page.getByRole('button', { name: 'Rename Greeting' }).click();
    await s.page.getByLabel('New name of Greeting').fill('Hello world');
    await s.page.getByLabel('New name of Greeting').press('Enter');
    await s.page.getByRole('link', { name: 'Hello world', exact: true }).waitFor();

    await s.page.getByRole('button', { name: 'Duplicate Hello world' }).click();
    await s.page.getByRole('link', { name: 'Hello world (copy)' }).waitFor();
    await s.page.getByRole('button', { name: 'Delete Hello world (copy)' }).click();
    await s.page.getByText('Deleted “Hello world (copy)”.').waitFor();
    await expect(s.page.getByRole('link', { name: 'Hello world (copy)' }).count()).resolves.toBe(0);
    await s.page.getByRole('button', { name: 'Undo' }).click();
    await s.page.getByRole('link', { name: 'Hello world (copy)' }).waitFor();

    // The copy is a scenario of its own with the same modules, and has not run.
    const copyRow = s.page
      .getByRole('row')
      .filter({ has: s.page.getByRole('link', { name: 'Hello world (copy)' }) });
    await copyRow.getByText('Never run').waitFor();
    await s.page.getByRole('link', { name: 'Hello world (copy)' }).click();
    await node(s.page, 'Compose a string (2)').waitFor();
  });

  it('lists the run in History, filtered by scenario, and opens it on the canvas', async () => {
    await s.page.getByRole('link', { name: 'History' }).click();
    const runs = s.page.getByRole('table', { name: 'Runs' });
    await runs.getByText('Hello world', { exact: true }).waitFor();
    const cells = await runs.getByRole('row').nth(1).getByRole('cell').allTextContents();
    expect(cells.slice(1)).toEqual([
      'Hello world',
      'success',
      'Run once',
      expect.any(String),
      '2',
      expect.stringMatching(/B$/),
    ]);

    await s.page.getByLabel('Scenario').selectOption({ label: 'Hello world (copy)' });
    await s.page.getByText('No runs yet').waitFor();
    await s.page.getByLabel('Scenario').selectOption({ label: 'Hello world' });
    await runs.getByRole('link', { name: /^Run of / }).click();
    await s.page.waitForURL(/\/history\/[\w-]+$/);
    await expect(s.page.getByTestId('run-facts').textContent()).resolves.toMatch(/success\s*2 ops/);
    await expect(s.page.getByText('Revision 1').count()).resolves.toBe(1);
    await expect(s.page.getByRole('button', { name: '1 operations' }).count()).resolves.toBe(2);
    // Read-only: nothing to add after a module.
    await expect(s.page.getByRole('button', { name: /^Add a module after/ }).count()).resolves.toBe(
      0,
    );

    await s.page
      .locator('.cnode[data-id="2"]')
      .getByRole('button', { name: '1 operations' })
      .click();
    const inspector = s.page.getByRole('complementary', { name: 'Run of Compose a string (2)' });
    await inspector.getByText('Output').waitFor();
    expect(await inspector.textContent()).toMatch(/Output[\s\S]*value\s*hello world/);
    await s.page.screenshot({ path: path.join(outputDir, 'editor-history-run.png') });
  });
});
