import type { Page } from '@playwright/test';

/**
 * Applies a layout as a user does: the one "Indeling" control opens a menu, and picking a layout
 * applies it at once (the plain network layout unless another is named).
 */
export async function applyLayout(page: Page, option = 'Netwerk'): Promise<void> {
  await page.getByRole('button', { name: 'Indeling', exact: true }).click();
  await page.getByRole('menu', { name: 'Indeling kiezen' }).getByRole('menuitem', { name: option, exact: true }).click();
}
