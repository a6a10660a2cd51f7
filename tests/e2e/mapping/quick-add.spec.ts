import { test, expect } from '../fixtures';
import { newMap, quickAdd, snap } from './helpers';

const status = (page: import('@playwright/test').Page) => page.getByTestId('map-status');

test('quick add: names with Enter, #tags, category words and informeel; duplicate warning; undo', async ({ page, wijkweb }) => {
  await newMap(page, wijkweb.url, 'Lindenhof');
  // N puts the cursor in the box.
  await page.getByTestId('graph-canvas').focus();
  await page.keyboard.press('n');
  const box = page.getByLabel('Snel toevoegen');
  await expect(box).toBeFocused();

  await box.fill('Fatima bewoner informeel #huiskamer');
  await expect(page.getByTestId('quick-add-preview')).toHaveText('Naam: Fatima · Informeel · Bewoner / sleutelfiguur · persoon · #huiskamer');
  await box.press('Enter');
  await expect(status(page)).toHaveText('1 actor · 0 relaties');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
  // The new actor is selected and its form shows what was recognised.
  const panel = page.getByTestId('side-panel');
  await expect(panel.getByLabel('Naam', { exact: true })).toHaveValue('Fatima');
  await expect(panel.getByLabel('Categorie')).toHaveValue('bewoner');
  await expect(panel.getByRole('radio', { name: 'Informeel', exact: true })).toBeChecked();
  await expect(panel.getByLabel('Natuurlijk persoon')).toBeChecked();

  await quickAdd(page, 'Gemeente Utrecht', 'Jan de Vries wijkagent', 'Huiskamer Lindenhof');
  await expect(status(page)).toHaveText('4 actoren · 0 relaties');

  // Empty: a message at the box, nothing added.
  await box.fill('   ');
  await box.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Typ eerst een naam.' })).toBeVisible();
  await expect(status(page)).toHaveText('4 actoren · 0 relaties');

  // Duplicate: warned while typing; the first Enter asks, the second adds anyway.
  await box.fill('gemeente  utrecht');
  await expect(page.getByText('Let op: ‘Gemeente Utrecht’ staat al op de kaart.')).toBeVisible();
  await snap(page, 'quick-add-duplicate');
  await box.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Druk nogmaals op Enter' })).toBeVisible();
  await expect(status(page)).toHaveText('4 actoren · 0 relaties');
  await box.press('Enter');
  await expect(status(page)).toHaveText('5 actoren · 0 relaties');

  // Escape empties, then leaves the box; Ctrl+Z undoes the last add.
  await box.fill('half getypt');
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await box.press('Escape');
  await expect(box).not.toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(status(page)).toHaveText('4 actoren · 0 relaties');
});

test('help overlay: ? lists the shortcuts, Escape closes it', async ({ page, wijkweb }) => {
  await newMap(page, wijkweb.url, 'Sneltoetsen');
  await page.getByTestId('graph-canvas').focus();
  await page.keyboard.press('Shift+?');
  const dialog = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Naar het vak ‘Snel toevoegen’/ })).toContainText('N');
  await expect(dialog.getByRole('row', { name: /Ongedaan maken/ })).toContainText('Ctrl+Z');
  await snap(page, 'shortcuts-help');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // Also reachable by mouse from the footer.
  await page.getByRole('button', { name: 'Sneltoetsen (?)' }).click();
  await expect(page.getByRole('dialog', { name: 'Sneltoetsen' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
