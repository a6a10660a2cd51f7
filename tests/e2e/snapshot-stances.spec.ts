import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HUISKAMER_QUESTION as QUESTION, importHuiskamerForceField, openLindenhof } from './open-lindenhof';

const SHOTS = 'test-results/screenshots';
const ADVISEUR = 'Gemeente – beleidsadviseur sociaal domein';
const CORPORATIE = 'Woningcorporatie Thuis aan de Linde';

const forceField = (page: Page) => page.getByTestId('forcefield-view');

test('VINDEN: a snapshot compared with now shows who changed stance in the huiskamer force field and how the balance moved, on screen and in print', async ({
  page,
  wijkweb,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await openLindenhof(page, wijkweb.url);

  // The huiskamer force field from the Lindenhof CSV.
  await importHuiskamerForceField(page);

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
