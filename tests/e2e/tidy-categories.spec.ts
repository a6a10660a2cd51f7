import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LINDENHOF_DIR } from '../support/lindenhof-fixture';
import { test, expect, openApp } from './fixtures';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

test('import Lindenhof: the wizard maps its 27 categories onto the vocabulary; merge two categories in the Woordenlijst and undo', async ({ page, wijkweb }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1400, height: 900 });
  await openApp(page, wijkweb.url);
  await page.getByRole('button', { name: 'Importeren' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Bestanden kiezen').setInputFiles([`${LINDENHOF_DIR}/actoren.csv`, `${LINDENHOF_DIR}/relaties.csv`]);
  await expect(dialog.getByTestId('import-summary')).toContainText('Nieuw: 42 actoren en 66 relaties.');

  // The category step: synonyms and singular/plural are matched, three are left to the user.
  const step = dialog.getByTestId('import-categories');
  await expect(step.getByRole('heading', { name: 'Categorieën (27)' })).toBeVisible();
  await expect(step).toContainText('De 27 categorieën uit het bestand worden 15 categorieën op de kaart.');
  await expect(step.getByLabel('Ondernemers wordt op de kaart')).toHaveValue('ondernemer');
  await expect(step.getByLabel('Sleutelfiguur wordt op de kaart')).toHaveValue('bewoner');
  await expect(step.getByLabel('Politie wordt op de kaart')).toHaveValue('veiligheid');
  await expect(step.getByRole('row', { name: /Ondernemers/ })).toContainText('enkelvoud/meervoud');
  // The user maps one leftover onto a built-in category.
  await step.getByLabel('Project wordt op de kaart').selectOption({ label: 'Welzijn / opbouwwerk' });
  await expect(step).toContainText('De 27 categorieën uit het bestand worden 14 categorieën op de kaart.');
  await expect(step.getByRole('row', { name: /Project/ })).toContainText('jouw keuze');
  await step.getByRole('row', { name: /Samenwerkingsverband/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'import-category-step.png') });

  await dialog.getByLabel('Naam van de nieuwe kaart').fill('Lindenhof');
  await dialog.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByTestId('map-status')).toHaveText('42 actoren · 66 relaties');

  // The Woordenlijst: the two own categories, each offered for merging; no "Ondernemers" twin.
  await page.getByRole('tab', { name: 'Woordenlijst' }).click();
  await expect(page.getByLabel('Naam van Fonds')).toHaveValue('Fonds');
  await expect(page.getByLabel('Naam van Samenwerkingsverband')).toHaveValue('Samenwerkingsverband');
  await expect(page.getByLabel('Naam van Ondernemers')).toHaveCount(0);
  const row = (name: string) => page.getByRole('row').filter({ has: page.getByLabel(`Naam van ${name}`, { exact: true }) });
  const welzijn = row('Welzijn / opbouwwerk');
  await expect(welzijn).toContainText('5 keer');

  // Merge Samenwerkingsverband into Welzijn: one step, its actor goes along.
  await page.getByLabel('Samenwerkingsverband samenvoegen met').selectOption({ label: 'Welzijn / opbouwwerk' });
  await expect(page.getByLabel('Naam van Samenwerkingsverband')).toHaveCount(0);
  await expect(welzijn).toContainText('6 keer');
  await page.screenshot({ path: join(SHOTS, 'vocabulary-merged.png'), fullPage: true });

  // One undo brings the category and its actor back.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByLabel('Naam van Samenwerkingsverband')).toHaveValue('Samenwerkingsverband');
  await expect(welzijn).toContainText('5 keer');
  await expect(row('Samenwerkingsverband')).toContainText('1 keer');

  // Deleting an own category moves its actor to Overig, also one undo.
  const overig = row('Overig');
  await expect(overig).toContainText('0 keer');
  await page.getByRole('button', { name: 'Fonds verwijderen' }).click();
  await expect(page.getByLabel('Naam van Fonds')).toHaveCount(0);
  await expect(overig).toContainText('1 keer');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByLabel('Naam van Fonds')).toHaveValue('Fonds');
});
