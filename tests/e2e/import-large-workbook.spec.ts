import { mkdirSync } from 'node:fs';
import { createActor, createRelation } from '../../shared/domain/factories';
import { emptyMap } from '../../shared/domain/map-document';
import { exportXlsx } from '../../shared/io/xlsx';
import { test, expect, openApp } from './fixtures';

/** A 5 000-actor map as Wijkweb itself exports it: its worksheets are large enough that a zip reader would hand them to a Web Worker. */
async function exportedWorkbook(): Promise<Buffer> {
  const actors = Array.from({ length: 5000 }, (_, i) => createActor({ id: `a${i}`, name: `Actor ${i}`, note: 'Buurtinitiatief met een notitie', position: { x: i, y: -i } }));
  const relations = Array.from({ length: 2000 }, (_, i) => createRelation({ id: `r${i}`, from: `a${i}`, to: `a${(i * 7 + 1) % 5000}` }));
  return Buffer.from(await exportXlsx({ ...emptyMap('m', 'Grote wijk', '2026-01-01T00:00:00.000Z'), actors, relations }));
}

test('browser mode: a 5 000-actor workbook exported by Wijkweb is read and imported under the app\'s CSP', async ({ page, wijkweb }) => {
  test.setTimeout(180_000);
  const workbook = await exportedWorkbook();
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  await page.setViewportSize({ width: 1400, height: 900 });
  await openApp(page, wijkweb.url);
  await page.getByRole('button', { name: 'Importeren' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Bestanden kiezen').setInputFiles({ name: 'grote-wijk.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook });
  await expect(dialog.getByTestId('import-summary')).toContainText('Nieuw: 5000 actoren en 2000 relaties.', { timeout: 90_000 });
  await expect(dialog.getByRole('status')).toHaveCount(0);
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/import-large-workbook.png' });
  await dialog.getByLabel('Naam van de nieuwe kaart').fill('Grote wijk');
  await dialog.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByTestId('map-status')).toHaveText('5000 actoren · 2000 relaties', { timeout: 60_000 });
  expect(blocked).toEqual([]);
});
