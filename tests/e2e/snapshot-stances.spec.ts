import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { LINDENHOF_DIR as LINDENHOF } from '../support/lindenhof-fixture';
import { createLindenhofMap } from './seed-map';

const SHOTS = 'test-results/screenshots';
const QUESTION = 'De huiskamer Lindenhof blijft open na 2027';
const ADVISEUR = 'Gemeente – beleidsadviseur sociaal domein';
const CORPORATIE = 'Woningcorporatie Thuis aan de Linde';

const forceField = (page: Page) => page.getByTestId('forcefield-view');

test('VINDEN: a snapshot compared with now shows who changed stance in the huiskamer force field and how the balance moved, on screen and in print', async ({
  page,
  wijkweb,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1400, height: 900 });
  await createLindenhofMap(wijkweb.url);
  await openApp(page, wijkweb.url);
  await page.getByRole('listitem', { name: 'Lindenhof', exact: true }).getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByTestId('map-status')).toHaveText('42 actoren · 66 relaties');

  // The huiskamer force field from the Lindenhof CSV.
  await page.getByRole('tab', { name: 'Krachtenveld' }).click();
  await forceField(page).getByRole('button', { name: 'Importeer CSV' }).click();
  await forceField(page).getByLabel('CSV-bestand').setInputFiles(join(LINDENHOF, 'krachtenveld-huiskamer.csv'));
  await forceField(page).getByLabel('Vraag of doel').last().fill(QUESTION);
  await forceField(page).getByRole('button', { name: 'Importeren' }).click();
  await expect(forceField(page).getByText('12 actoren geïmporteerd uit krachtenveld-huiskamer.csv.')).toBeVisible();

  // A snapshot in spring.
  await page.getByRole('tab', { name: 'Momentopnamen' }).click();
  const snapshots = page.getByTestId('snapshots-view');
  await snapshots.getByLabel('Naam').fill('Voorjaar 2026');
  await snapshots.getByLabel('Datum').fill('2026-03-01');
  await snapshots.getByRole('button', { name: 'Maak momentopname' }).click();
  await expect(page.getByTestId('timeline')).toContainText('Voorjaar 2026');

  // Later: the beleidsadviseur becomes neutral, the corporatie supportive.
  await page.getByRole('tab', { name: 'Krachtenveld' }).click();
  await forceField(page).getByRole('tab', { name: 'Tabel' }).click();
  await forceField(page).getByLabel(`Houding van ${ADVISEUR}`).selectOption('0');
  await forceField(page).getByLabel(`Houding van ${CORPORATIE}`).selectOption('1');
  await expect(forceField(page).getByLabel(`Houding van ${CORPORATIE}`)).toHaveValue('1');

  // Compare the snapshot with now.
  await page.getByRole('tab', { name: 'Momentopnamen' }).click();
  await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  const summary = page.getByTestId('impact-summary');
  await expect(summary.getByRole('heading', { name: /Wat is er veranderd: Voorjaar 2026/ })).toBeVisible();
  const field = summary.getByTestId('impact-force-field');
  await expect(field.getByRole('heading', { name: QUESTION })).toBeVisible();
  const moved = field.getByTestId('impact-moved');
  await expect(moved.locator('caption')).toHaveText('2 actoren veranderden van houding');
  await expect(moved.getByRole('row', { name: new RegExp(ADVISEUR) })).toContainText('Tegen (−1)Neutraal (0)');
  await expect(moved.getByRole('row', { name: new RegExp(CORPORATIE) })).toContainText('Neutraal (0)Voor (+1)');
  // The adviseur (influence 5) no longer pulls against, the corporatie (influence 4) now pushes for: +9.
  await expect(field.getByTestId('impact-balance')).toHaveText('Balans: voor 31, tegen 8 (netto +23) → voor 35, tegen 3 (netto +32) (saldo verschoven met +9)');
  await expect(summary.getByText('Tussen deze twee momenten is niets')).toHaveCount(0);
  await field.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/impact-stances.png` });

  // The printed summary carries the same stance changes.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(moved).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/impact-stances-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});
