import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../support/lindenhof-fixture';
import { applyLayout } from './apply-layout';
import { test, expect, openApp } from './fixtures';

const drawnRelations = (page: import('@playwright/test').Page) => page.evaluate(() => window.__wijkwebCanvas?.drawnEdges() ?? -1);

test('a GraphML file from Gephi (nodes and edges both numbered from 0) opens with every relation drawn, also after Indeling', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  await openApp(page, wijkweb.url);
  await page.getByRole('button', { name: 'Importeren' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Bestanden kiezen').setInputFiles(join(FIXTURES_DIR, 'external', 'graphology_miserables.graphml'));
  await expect(dialog.getByTestId('import-summary')).toContainText('Nieuw: 77 actoren en 254 relaties.');
  await expect(dialog).toContainText('77 relaties hadden hetzelfde id als een actor');
  await dialog.getByLabel('Naam van de nieuwe kaart').fill('Les Misérables');
  await dialog.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByTestId('map-status')).toHaveText('77 actoren · 254 relaties');
  await expect.poll(() => drawnRelations(page)).toBe(254);

  await applyLayout(page);
  await expect(page.getByText('Indeling toegepast.')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => drawnRelations(page)).toBe(254);
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/import-gephi-ids.png' });
});
