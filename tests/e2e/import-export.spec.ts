import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { FIXTURES_DIR, LINDENHOF_DIR } from '../support/lindenhof-fixture';
import { test, expect, openApp } from './fixtures';
import { applyLayout } from './apply-layout';

const LINDENHOF = LINDENHOF_DIR;
const EXTERNAL = join(FIXTURES_DIR, 'external');
const status = (page: Page) => page.getByTestId('map-status');
const wizard = (page: Page) => page.getByRole('dialog');

async function importLindenhof(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Importeren' }).click();
  const dialog = wizard(page);
  await expect(dialog.getByRole('heading', { name: 'Importeren als nieuwe kaart' })).toBeVisible();
  await dialog.getByLabel('Bestanden kiezen').setInputFiles([`${LINDENHOF}/actoren.csv`, `${LINDENHOF}/relaties.csv`]);
  await expect(dialog.getByTestId('import-summary')).toContainText('Nieuw: 42 actoren en 66 relaties.');
  await expect(dialog.getByRole('heading', { name: 'Meldingen (0)' })).toBeVisible();
  // The guessed mapping is shown and can be corrected; the preview shows the Excel rows.
  const actors = dialog.getByRole('region', { name: 'actoren.csv', exact: true });
  await expect(actors.getByLabel('Naam', { exact: true })).toHaveValue('0');
  await expect(actors.getByLabel('Invloed (1–5)')).toHaveValue('5');
  await expect(actors.getByRole('region', { name: 'Voorbeeld van de eerste regels van actoren.csv' })).toContainText('Sociaal Wijkteam Lindenhof');
}

test('import the Lindenhof CSVs through the wizard: 42 actors and 66 relations on a new map; export as GEXF', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  await openApp(page, wijkweb.url);
  await importLindenhof(page);
  const dialog = wizard(page);
  await dialog.getByLabel('Naam van de nieuwe kaart').fill('Lindenhof');
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/import-wizard.png' });
  await dialog.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lindenhof' })).toBeVisible();
  await expect(status(page)).toHaveText('42 actoren · 66 relaties');
  await applyLayout(page);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'test-results/screenshots/import-map.png' });

  // Export: a GEXF download that holds the whole map.
  await page.getByRole('button', { name: 'Exporteren' }).click();
  await wizard(page).getByLabel('Formaat').selectOption({ label: 'GEXF voor Gephi (.gexf)' });
  const downloading = page.waitForEvent('download');
  await wizard(page).getByRole('button', { name: 'Downloaden' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Lindenhof.gexf');
  const gexf = readFileSync(await download.path(), 'utf8');
  expect(gexf.match(/<node /g)).toHaveLength(42);
  expect(gexf.match(/<edge /g)).toHaveLength(66);

  // Excel: one workbook with the sheets Actoren and Relaties.
  await page.getByRole('button', { name: 'Exporteren' }).click();
  await wizard(page).getByLabel('Formaat').selectOption({ label: 'Excel-werkmap (.xlsx)' });
  const downloadingXlsx = page.waitForEvent('download');
  await wizard(page).getByRole('button', { name: 'Downloaden' }).click();
  const xlsx = await downloadingXlsx;
  expect(xlsx.suggestedFilename()).toBe('Lindenhof.xlsx');
  expect(readFileSync(await xlsx.path()).subarray(0, 2).toString('latin1')).toBe('PK');
});

test('a broken file shows the problem list and changes nothing; merging is one undoable step', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  await openApp(page, wijkweb.url);
  await importLindenhof(page);
  await wizard(page).getByRole('button', { name: 'Importeren' }).click();
  await expect(status(page)).toHaveText('42 actoren · 66 relaties');

  // A file that is not a graph at all: refused with a clear message, nothing to confirm.
  await page.getByRole('button', { name: 'Importeren' }).click();
  const dialog = wizard(page);
  await expect(dialog.getByRole('heading', { name: /Importeren in / })).toBeVisible();
  await dialog.getByLabel('Bestanden kiezen').setInputFiles({ name: 'kapot.graphml', mimeType: 'application/xml', buffer: Buffer.from('<graphml>\n<graph>\n<node id="a">\n</graph>') });
  await expect(dialog.getByRole('alert')).toContainText('kapot.graphml, regel');
  await expect(dialog.getByRole('button', { name: 'Importeren' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'kapot.graphml weghalen' }).click();

  // Relations with a bad value and an unknown actor: listed with line and column.
  const relaties = 'Van;Naar;Sterkte\r\nOpbouwwerk Samen Sterk;Stip Lindenhof;veel\r\nOpbouwwerk Samen Sterk;Nieuwe buurtclub;2\r\n';
  await dialog.getByLabel('Bestanden kiezen').setInputFiles({ name: 'nieuw.csv', mimeType: 'text/csv', buffer: Buffer.from(relaties) });
  const problems = dialog.getByTestId('import-problems');
  await expect(problems).toContainText("nieuw.csv, regel 2, kolom Sterkte: 'veel' is geen getal (1–3); sterkte 2 gebruikt.");
  await expect(problems).toContainText("nieuw.csv, regel 3: onbekende actor 'Nieuwe buurtclub'");
  await expect(dialog.getByRole('heading', { name: 'Relaties naar onbekende actoren (1)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/import-problems.png' });
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toHaveText('42 actoren · 66 relaties');

  // Now confirm with "create these actors": one step, undone with one click.
  await page.getByRole('button', { name: 'Importeren' }).click();
  await wizard(page).getByLabel('Bestanden kiezen').setInputFiles({ name: 'nieuw.csv', mimeType: 'text/csv', buffer: Buffer.from(relaties) });
  await wizard(page).getByLabel(/Maak deze actoren aan/).check();
  await expect(wizard(page).getByTestId('import-summary')).toContainText('Nieuw: 1 actor en 1 relatie.');
  await expect(wizard(page).getByTestId('import-summary')).toContainText('Ongewijzigd gelaten: 0 actoren en 1 relatie.');
  await wizard(page).getByRole('button', { name: 'Importeren' }).click();
  await expect(status(page)).toHaveText('43 actoren · 67 relaties');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(status(page)).toHaveText('42 actoren · 66 relaties');
});

test('two GraphML files (yEd groups and a malformed Gephi export) import together as one map, with warnings shown', async ({ page, wijkweb }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await openApp(page, wijkweb.url);
  await page.getByRole('button', { name: 'Importeren' }).click();
  const dialog = wizard(page);
  await dialog
    .getByLabel('Bestanden kiezen')
    .setInputFiles([join(EXTERNAL, 'yedextended_yed_created_edges_deeper.graphml'), join(EXTERNAL, 'graphology_miserables_broken.graphml')]);
  await expect(dialog.getByText('GraphML: 7 actoren, 4 relaties')).toBeVisible();
  // Three about the malformed file, one that its relations shared the actors' ids (they get their own).
  await expect(dialog.getByRole('heading', { name: 'Meldingen (4)' })).toBeVisible();
  await expect(dialog.getByTestId('import-summary')).toContainText('Nieuw: 84 actoren en 258 relaties.');
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/import-wizard-narrow.png' });
  await dialog.getByRole('button', { name: 'Importeren' }).click();
  await expect(status(page)).toHaveText('84 actoren · 258 relaties');
});
