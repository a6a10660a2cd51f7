import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { openLindenhof } from './open-lindenhof';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

test('an empty contact is refused at the field, and the actor panel shows, edits and deletes its contact history', async ({ page, wijkweb }) => {
  mkdirSync(SHOTS, { recursive: true });
  await openLindenhof(page, wijkweb.url);

  // The contact log refuses a contact that says nothing, at the field, and stores nothing.
  await page.getByRole('tab', { name: 'Overleggen' }).click();
  await page.getByLabel('Met wie').selectOption({ label: 'Henk de Vries' });
  await page.getByRole('button', { name: 'Contact vastleggen' }).click();
  await expect(page.getByLabel('Wat is er gebeurd')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'een leeg contact wordt niet vastgelegd' })).toBeVisible();
  await page.getByLabel('Wat is er gebeurd').fill('Eerste kennismaking op de markt');
  await page.getByLabel('Datum', { exact: true }).first().fill('2026-10-01');
  await page.getByRole('button', { name: 'Contact vastleggen' }).click();
  await expect(page.getByLabel('Wat is er gebeurd')).toHaveValue('');

  // On the map, Henk's panel lists it; a second contact is logged there and shows first (newest).
  await page.getByRole('tab', { name: 'Kaart' }).click();
  await page.getByTestId('side-panel').getByRole('button', { name: 'Henk de Vries', exact: true }).click();
  const history = page.getByTestId('actor-contacts');
  await expect(history.getByRole('heading', { name: 'Contacten (1)' })).toBeVisible();
  await expect(history).toContainText('Eerste kennismaking op de markt');
  await history.getByRole('button', { name: 'Contact vastleggen' }).click();
  const form = history.getByRole('form', { name: 'Nieuw contact' });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByRole('alert')).toContainText('een leeg contact wordt niet vastgelegd');
  await form.getByLabel('Datum', { exact: true }).fill('2026-11-20');
  await form.getByLabel('Soort contact').selectOption({ label: 'Telefoon' });
  await form.getByLabel('Vervolgafspraak').fill('Uitnodigen voor de huiskamer');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(history.getByRole('heading', { name: 'Contacten (2)' })).toBeVisible();
  const entries = history.locator('.contact-entry');
  await expect(entries.first()).toContainText('2026-11-20 · Telefoon');
  await expect(entries.first()).toContainText('Vervolg: Uitnodigen voor de huiskamer');
  await expect(entries.nth(1)).toContainText('2026-10-01');
  await page.screenshot({ path: join(SHOTS, 'actor-panel-contact-history.png') });

  // Edit the first: what happened is added and the follow-up ticked off.
  await history.getByRole('button', { name: 'Contact van 2026-11-20 bewerken' }).click();
  const edit = history.getByRole('form', { name: 'Contact bewerken' });
  await edit.getByLabel('Wat is er gebeurd').fill('Gebeld over de huiskamer');
  await edit.getByLabel('Vervolgafspraak is gedaan').check();
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(entries.first()).toContainText('Gebeld over de huiskamer');
  await expect(entries.first()).toContainText('Vervolg (gedaan): Uitnodigen voor de huiskamer');

  // Delete the oldest; Ctrl+Z brings it back.
  await history.getByRole('button', { name: 'Contact van 2026-10-01 verwijderen' }).click();
  await expect(history.getByRole('heading', { name: 'Contacten (1)' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(history.getByRole('heading', { name: 'Contacten (2)' })).toBeVisible();
});
