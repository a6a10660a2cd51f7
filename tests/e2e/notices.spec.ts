import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp } from './fixtures';

test('a damaged file is reported in a dismissible banner with its paths, and the maps stay', async ({ page, wijkweb }) => {
  await openApp(page, wijkweb.url);
  await page.getByRole('button', { name: 'Nieuwe kaart' }).click();
  await page.getByLabel('Naam van de kaart').fill('Lindenhof');
  await page.getByRole('button', { name: 'Maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lindenhof' })).toBeVisible();

  await wijkweb.restart(() => writeFileSync(join(wijkweb.dataDir, 'maps-index.json'), '{ dit is geen json'));
  await openApp(page, wijkweb.url);

  const banner = page.getByRole('alert').filter({ hasText: 'Een beschadigd bestand is apart gezet' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('maps-index.json');
  await expect(banner).toContainText('beschadigd');
  await expect(page.getByRole('listitem', { name: 'Lindenhof', exact: true })).toBeVisible();

  await banner.getByRole('button', { name: 'Melding sluiten' }).click();
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Een beschadigd bestand is apart gezet' })).toHaveCount(0);
});
