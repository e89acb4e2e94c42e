import type { Locator, Page } from 'playwright-core';

/** A module node on the canvas, by its accessible name (CONTRACTS.md §6). */
export const node = (page: Page, name: string): Locator =>
  page.getByRole('button', { name, exact: true });

/** Picks a module in the open picker by typing into its search box, as a user does. */
export async function pick(page: Page, search: string, option: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search apps and modules' });
  await box.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Adds a module after another with the node's "+" button. */
export async function addAfter(page: Page, name: string, search: string, option: string) {
  await node(page, name).hover();
  await page.getByRole('button', { name: `Add a module after ${name}` }).click();
  await pick(page, search, option);
}

/** Types into a mappable field (a textarea with an overlay) and leaves it, which commits it. */
export async function typeField(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByRole('textbox', { name: label, exact: true });
  await field.click();
  await field.pressSequentially(text, { delay: 5 });
  await field.press('Tab');
}

/** Drags with the mouse from one element's centre to another's. */
export async function dragBetween(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('drag target not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 20, a.y + a.height / 2 + 5, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}
