import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { newMap, quickAdd, snap } from './helpers';
import { applyLayout } from '../apply-layout';

const parentOf = (page: Page, name: string) => page.evaluate((n) => window.__wijkwebCanvas?.parentLabel(n) ?? null, name);
const classes = (page: Page, name: string) => page.evaluate((n) => window.__wijkwebCanvas?.classes(n) ?? null, name);
const panel = (page: Page) => page.getByTestId('side-panel');

async function edit(page: Page, name: string, fields: { parent?: string; area?: string }): Promise<void> {
  await panel(page).getByRole('button', { name: 'Sluiten' }).click();
  await panel(page).getByRole('button', { name, exact: true }).click();
  await expect(panel(page).getByLabel('Naam', { exact: true })).toHaveValue(name);
  if (fields.parent) await panel(page).getByLabel('Onderdeel van').selectOption({ label: fields.parent });
  if (fields.area) await panel(page).getByLabel('Buurt').fill(fields.area);
  await panel(page).getByRole('button', { name: 'Opslaan' }).click();
}

test('groups: an organisation contains a team and a person, collapse/expand, buurten as groups, undo', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  await newMap(page, wijkweb.url, 'Lindenhof');
  await quickAdd(page, 'Gemeente Utrecht', 'Wijkmanager Lindenhof', 'Beleidsadviseur wonen', 'Fatima bewoner informeel', 'Huiskamer Lindenhof');

  await edit(page, 'Wijkmanager Lindenhof', { parent: 'Gemeente Utrecht' });
  await expect.poll(() => parentOf(page, 'Wijkmanager Lindenhof')).toBe('Gemeente Utrecht');
  await edit(page, 'Beleidsadviseur wonen', { parent: 'Wijkmanager Lindenhof' });
  await expect.poll(() => parentOf(page, 'Beleidsadviseur wonen')).toBe('Wijkmanager Lindenhof');
  // A group cannot be put inside its own member: the member is not offered.
  await panel(page).getByRole('button', { name: 'Sluiten' }).click();
  await panel(page).getByRole('button', { name: 'Gemeente Utrecht', exact: true }).click();
  await expect(panel(page).getByLabel('Onderdeel van').locator('option')).toHaveText(['— geen (los) —', 'Fatima', 'Huiskamer Lindenhof']);

  // Collapse the Gemeente: its team and person disappear; expand brings them back.
  await page.getByRole('button', { name: 'Groep inklappen' }).click();
  await expect.poll(() => classes(page, 'Beleidsadviseur wonen')).toContain('is-hidden');
  expect(await classes(page, 'Gemeente Utrecht')).toContain('is-collapsed');
  await page.getByRole('button', { name: 'Groep uitklappen' }).click();
  await expect.poll(() => classes(page, 'Beleidsadviseur wonen')).not.toContain('is-hidden');

  // Buurten as groups.
  await edit(page, 'Fatima', { area: 'Lindenhof-Noord' });
  await edit(page, 'Huiskamer Lindenhof', { area: 'Lindenhof-Noord' });
  await page.getByRole('button', { name: 'Buurten als groepen' }).click();
  await expect.poll(() => parentOf(page, 'Fatima')).toBe('Lindenhof-Noord');
  expect(await parentOf(page, 'Wijkmanager Lindenhof')).toBe('Gemeente Utrecht');
  await applyLayout(page);
  await expect(page.getByText('Indeling toegepast')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Sluiten' }).click();
  await snap(page, 'map-groups');
  await page.getByRole('button', { name: 'Buurten als groepen' }).click();
  await expect.poll(() => parentOf(page, 'Fatima')).toBeNull();

  // Undo takes the person out of the team again (one step per edit).
  await page.getByRole('button', { name: 'Ongedaan maken' }).click(); // layout
  await page.getByRole('button', { name: 'Ongedaan maken' }).click(); // Huiskamer buurt
  await page.getByRole('button', { name: 'Ongedaan maken' }).click(); // Fatima buurt
  await page.getByRole('button', { name: 'Ongedaan maken' }).click(); // Beleidsadviseur in Wijkmanager
  await expect.poll(() => parentOf(page, 'Beleidsadviseur wonen')).toBeNull();
  expect(await parentOf(page, 'Wijkmanager Lindenhof')).toBe('Gemeente Utrecht');
});
