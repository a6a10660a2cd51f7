import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { lindenhof } from '../support/lindenhof-fixture';
import { test, expect, openApp } from './fixtures';
import { seedMap } from './seed-map';

test('a snapshot can be deleted after a confirmation; cancelling keeps it, the map stays as it is', async ({ page, wijkweb }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const mapId = await seedMap(wijkweb.url, 'Lindenhof', lindenhof());
  await openApp(page, wijkweb.url);
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('tab', { name: 'Momentopnamen' }).click();
  const view = page.getByTestId('snapshots-view');
  for (const [name, date] of [['Voorjaar 2026', '2026-03-01'], ['Najaar 2026', '2026-10-01']] as const) {
    await view.getByLabel('Naam').fill(name);
    await view.getByLabel('Datum').fill(date);
    await view.getByRole('button', { name: 'Maak momentopname' }).click();
    await expect(page.getByTestId('timeline')).toContainText(name);
  }
  const folder = path.join(wijkweb.dataDir, 'snapshots', mapId);
  expect(readdirSync(folder).filter((f) => f.endsWith('.json'))).toHaveLength(2);

  await view.getByRole('button', { name: 'Verwijder momentopname Voorjaar 2026' }).click();
  const dialog = page.getByRole('dialog', { name: 'Momentopname ‘Voorjaar 2026’ verwijderen?' });
  await expect(dialog).toContainText('De kaart zelf blijft zoals hij is');
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/snapshot-delete-confirm.png' });
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByTestId('timeline').getByRole('listitem')).toHaveCount(2);

  await view.getByRole('button', { name: 'Verwijder momentopname Voorjaar 2026' }).click();
  await dialog.getByRole('button', { name: 'Verwijder momentopname' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Momentopname ‘Voorjaar 2026’ verwijderd.' })).toBeVisible();
  await expect(page.getByTestId('timeline').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByTestId('timeline')).toContainText('Najaar 2026');
  expect(readdirSync(folder).filter((f) => f.endsWith('.json'))).toHaveLength(1);
  expect(existsSync(folder)).toBe(true);

  await page.getByRole('tab', { name: 'Kaart' }).click();
  await expect(page.getByTestId('map-status')).toHaveText('42 actoren · 66 relaties');
});
