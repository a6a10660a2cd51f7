import { mkdirSync } from 'node:fs';
import { test, expect, openApp } from './fixtures';

test('Mijn kaarten: empty state, create, rename, duplicate and delete (with confirmation)', async ({ page, wijkweb }) => {
  await openApp(page, wijkweb.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kaarten' })).toBeVisible();
  await expect(page.getByText('Nog geen kaarten. Maak je eerste kaart, bijvoorbeeld van je wijk.')).toBeVisible();

  // A blank name is refused with a message, not sent.
  await page.getByRole('button', { name: 'Nieuwe kaart' }).click();
  await page.getByRole('button', { name: 'Maken' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Geef de kaart een naam.' })).toBeVisible();

  await page.getByLabel('Naam van de kaart').fill('Lindenhof');
  await page.getByRole('button', { name: 'Maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lindenhof' })).toBeVisible();
  await expect(page.getByText('Voeg je eerste actor toe met ‘Actor toevoegen’ of druk op A.')).toBeVisible();
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/map-empty.png' });
  await page.getByRole('button', { name: 'Terug naar kaarten' }).click();

  const card = (name: string) => page.getByRole('listitem', { name, exact: true });
  await expect(card('Lindenhof')).toContainText('0 actoren · 0 relaties');
  await expect(card('Lindenhof')).toContainText('Gewijzigd');

  // Rename
  await card('Lindenhof').getByRole('button', { name: 'Naam wijzigen' }).click();
  await page.getByLabel('Naam van de kaart').fill('Lindenhof-Noord');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(card('Lindenhof-Noord')).toBeVisible();
  await expect(card('Lindenhof')).toHaveCount(0);

  // Duplicate
  await card('Lindenhof-Noord').getByRole('button', { name: 'Dupliceren' }).click();
  await expect(card('Lindenhof-Noord (kopie)')).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveCount(2);

  await page.screenshot({ path: 'test-results/screenshots/home.png' });

  // Delete asks first; Annuleren keeps the map.
  await card('Lindenhof-Noord (kopie)').getByRole('button', { name: 'Verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kaart verwijderen?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Lindenhof-Noord (kopie)');
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('listitem')).toHaveCount(2);

  // Escape also cancels.
  await card('Lindenhof-Noord (kopie)').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await card('Lindenhof-Noord (kopie)').getByRole('button', { name: 'Verwijderen' }).click();
  await dialog.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(card('Lindenhof-Noord (kopie)')).toHaveCount(0);
  await expect(card('Lindenhof-Noord')).toBeVisible();

  // Open from the list.
  await card('Lindenhof-Noord').getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lindenhof-Noord' })).toBeVisible();
});
