import { test, expect, openApp } from './fixtures';

test('two windows on one map stay in sync, and each undoes only its own edits', async ({ page, context, wijkweb }) => {
  await openApp(page, wijkweb.url);
  await page.getByRole('button', { name: 'Nieuwe kaart' }).click();
  await page.getByLabel('Naam van de kaart').fill('Lindenhof');
  await page.getByRole('button', { name: 'Maken' }).click();
  await expect(page.getByTestId('map-status')).toHaveText('0 actoren · 0 relaties');

  const other = await context.newPage();
  await openApp(other, wijkweb.url);
  await other.getByRole('listitem', { name: 'Lindenhof', exact: true }).getByRole('button', { name: 'Openen' }).click();
  await expect(other.getByTestId('map-status')).toHaveText('0 actoren · 0 relaties');

  await page.getByRole('button', { name: 'Actor toevoegen' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Repair Café Lindenhof');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(other.getByTestId('map-status')).toHaveText('1 actor · 0 relaties');
  await expect(other.getByTestId('side-panel').getByRole('button', { name: 'Repair Café Lindenhof' })).toBeVisible();

  // Undo is per window: the other window made no edit, so its Ctrl+Z undoes nothing.
  await other.keyboard.press('Control+z');
  await expect(other.getByRole('alert').filter({ hasText: 'Er is niets om ongedaan te maken' })).toBeVisible();
  await expect(other.getByTestId('map-status')).toHaveText('1 actor · 0 relaties');
  await expect(page.getByTestId('map-status')).toHaveText('1 actor · 0 relaties');
  // The window that made the edit undoes it, and both windows follow.
  await page.getByTestId('map-status').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('map-status')).toHaveText('0 actoren · 0 relaties');
  await expect(other.getByTestId('map-status')).toHaveText('0 actoren · 0 relaties');
  await other.close();
});

test('a refused save shows a Dutch message and keeps what the user typed', async ({ page, wijkweb }) => {
  await openApp(page, wijkweb.url);
  await page.getByRole('button', { name: 'Nieuwe kaart' }).click();
  await page.getByLabel('Naam van de kaart').fill('Lindenhof');
  await page.getByRole('button', { name: 'Maken' }).click();

  await page.route('**/rpc/map.apply', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'io-error', message: 'Schrijven naar schijf mislukte: de schijf is vol.' } }),
    }),
  );
  await page.getByRole('button', { name: 'Actor toevoegen' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Moskee Al Fath');
  await page.getByLabel('Notitie').fill('Imam is aanspreekpunt voor jongeren');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'De wijziging is niet opgeslagen' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('de schijf is vol');
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Moskee Al Fath');
  await expect(page.getByLabel('Notitie')).toHaveValue('Imam is aanspreekpunt voor jongeren');
  await expect(page.getByTestId('map-status')).toHaveText('0 actoren · 0 relaties');

  await page.unroute('**/rpc/map.apply');
  await alert.getByRole('button', { name: 'Sluiten' }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('map-status')).toHaveText('1 actor · 0 relaties');
});
