import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { addRelation, newMap, quickAdd, snap } from './helpers';

const table = (page: Page) => page.getByTestId('actor-table');
const firstColumnNames = (page: Page) =>
  table(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => (r.querySelector('td:nth-child(2) input') as HTMLInputElement | null)?.value ?? ''));

test('table view: sort, inline edit with errors at the field, bulk edit, undo, relations, show on map', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  await newMap(page, wijkweb.url, 'Lindenhof');
  await quickAdd(page, 'Gemeente Utrecht', 'Fatima bewoner informeel', 'Wijkteam Lindenhof', 'Buurthuis De Linde', 'Jan de Vries wijkagent');
  await addRelation(page, 'Gemeente Utrecht', 'Buurthuis De Linde', 'Financiering');
  await addRelation(page, 'Fatima', 'Buurthuis De Linde', 'Informeel contact');

  await page.getByRole('tab', { name: 'Tabel' }).click();
  await expect(table(page)).toBeVisible();
  expect(await firstColumnNames(page)).toEqual(['Buurthuis De Linde', 'Fatima', 'Gemeente Utrecht', 'Jan de Vries', 'Wijkteam Lindenhof']);
  await page.getByRole('button', { name: 'Naam', exact: true }).click();
  expect(await firstColumnNames(page)).toEqual(['Wijkteam Lindenhof', 'Jan de Vries', 'Gemeente Utrecht', 'Fatima', 'Buurthuis De Linde']);
  await expect(page.getByRole('columnheader', { name: 'Naam' })).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('button', { name: 'Categorie', exact: true }).click();
  await expect(page.getByRole('columnheader', { name: 'Categorie' })).toHaveAttribute('aria-sort', 'ascending');

  // An empty name is refused at the cell; Escape puts the stored name back.
  const name = page.getByLabel('Naam van Fatima');
  await name.fill('');
  await name.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Een naam mag niet leeg zijn.' })).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.press('Escape');
  await expect(name).toHaveValue('Fatima');
  await expect(page.getByText('Een naam mag niet leeg zijn.')).toHaveCount(0);

  // Influence 9 is refused at the cell and nothing is saved; 5 is saved.
  const influence = page.getByLabel('Invloed van Gemeente Utrecht (1–5)');
  await influence.fill('9');
  await influence.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Invloed is een heel getal van 1 tot en met 5.' })).toBeVisible();
  await influence.fill('5');
  await influence.press('Enter');
  await expect(influence).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Invloed is een heel getal')).toHaveCount(0);

  // Edits in place: rename (Tab saves), tags, category.
  await name.fill('Fatima El Amrani');
  await name.press('Tab');
  await expect(page.getByLabel('Naam van Fatima El Amrani')).toHaveValue('Fatima El Amrani');
  await page.getByLabel('Tags van Fatima El Amrani (met komma’s)').fill('huiskamer, #taalcafé');
  await page.getByLabel('Tags van Fatima El Amrani (met komma’s)').press('Enter');
  await expect(page.getByLabel('Tags van Fatima El Amrani (met komma’s)')).toHaveValue('huiskamer, taalcafé');
  await page.getByLabel('Categorie van Buurthuis De Linde').selectOption({ label: 'Welzijn / opbouwwerk' });
  await expect(page.getByLabel('Categorie van Buurthuis De Linde')).toHaveValue('welzijn');

  // Bulk: tick one row, Shift+click another (a range), set the buurt of all of them at once.
  await page.getByRole('button', { name: 'Naam', exact: true }).click(); // back to A→Z
  await page.getByLabel('Buurthuis De Linde kiezen').click();
  await page.getByLabel('Gemeente Utrecht kiezen').click({ modifiers: ['Shift'] });
  await expect(page.getByText('3 actoren gekozen')).toBeVisible();
  await page.getByLabel('Jan de Vries kiezen').click();
  await expect(page.getByText('4 actoren gekozen')).toBeVisible();
  const bulk = page.getByRole('group', { name: 'Gekozen rijen tegelijk wijzigen' });
  await bulk.getByLabel('Buurt').fill('Lindenhof-Noord');
  await bulk.getByRole('button', { name: 'Toepassen' }).nth(1).click();
  for (const who of ['Buurthuis De Linde', 'Fatima El Amrani', 'Gemeente Utrecht', 'Jan de Vries']) {
    await expect(page.getByLabel(`Buurt van ${who}`)).toHaveValue('Lindenhof-Noord');
  }
  await expect(page.getByLabel('Buurt van Wijkteam Lindenhof')).toHaveValue('');
  await bulk.getByLabel('Tag').fill('#kernteam');
  await bulk.getByRole('button', { name: 'Tag toevoegen' }).click();
  await expect(page.getByLabel('Tags van Fatima El Amrani (met komma’s)')).toHaveValue('huiskamer, taalcafé, kernteam');
  await bulk.getByLabel('Categorie').selectOption({ label: 'Overig' });
  await snap(page, 'table-view');
  // One Ctrl+Z undoes the whole tag step at once.
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Tags van Fatima El Amrani (met komma’s)')).toHaveValue('huiskamer, taalcafé');
  await expect(page.getByLabel('Buurt van Jan de Vries')).toHaveValue('Lindenhof-Noord');

  // Relations: an actor tied to itself or a duplicate is refused at the cell.
  await page.getByRole('button', { name: 'Relaties (2)' }).click();
  const to = page.getByLabel('Naar, relatie Gemeente Utrecht – Buurthuis De Linde');
  await to.selectOption({ label: 'Gemeente Utrecht' });
  await expect(page.getByRole('alert').filter({ hasText: 'Een relatie verbindt twee verschillende actoren.' })).toBeVisible();
  // The refused choice is not kept: the cell shows what is stored, with the reason under it.
  await expect(to.locator('option:checked')).toHaveText('Buurthuis De Linde');
  const from = page.getByLabel('Van, relatie Fatima El Amrani – Buurthuis De Linde');
  // Wait until main has stored the new kind before the next change.
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/rpc/map.apply')),
    page.getByLabel('Soort relatie Fatima El Amrani – Buurthuis De Linde').selectOption({ label: 'Financiering' }),
  ]);
  await from.selectOption({ label: 'Gemeente Utrecht' });
  await expect(page.getByRole('alert').filter({ hasText: 'Deze twee actoren hebben al zo’n relatie.' })).toBeVisible();
  await expect(from.locator('option:checked')).toHaveText('Fatima El Amrani');
  await expect(page.getByTestId('map-status')).toHaveText('5 actoren · 2 relaties');
  await page.getByLabel('Sterkte relatie Gemeente Utrecht – Buurthuis De Linde').selectOption({ label: 'Sterk' });
  await snap(page, 'table-relations');

  // "Op kaart" goes to the network with that actor selected.
  await page.getByRole('button', { name: 'Actoren (5)' }).click();
  await page.getByRole('button', { name: 'Wijkteam Lindenhof op de kaart tonen' }).click();
  await expect(page.getByRole('tab', { name: 'Kaart' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('side-panel').getByLabel('Naam', { exact: true })).toHaveValue('Wijkteam Lindenhof');
});
