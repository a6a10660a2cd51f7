import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { LINDENHOF_DIR as LINDENHOF } from '../support/lindenhof-fixture';
import { createLindenhofMap } from './seed-map';
import { applyLayout } from './apply-layout';

const SHOTS = 'test-results/screenshots';
const QUESTION = 'De huiskamer Lindenhof blijft open na 2027';
const ADVISEUR = 'Gemeente – beleidsadviseur sociaal domein';

const view = (page: Page) => page.getByTestId('forcefield-view');

/** Today's date as the app writes it (YYYY-MM-DD, the browser's local date). */
async function todayIn(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

async function openLindenhof(page: Page, url: string): Promise<void> {
  await createLindenhofMap(url);
  await openApp(page, url);
  await page.getByRole('listitem', { name: 'Lindenhof', exact: true }).getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lindenhof' })).toBeVisible();
  await expect(page.getByTestId('map-status')).toHaveText('42 actoren · 66 relaties');
}

async function importHuiskamer(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Krachtenveld' }).click();
  await expect(view(page).getByText('Nog geen krachtenveld.')).toBeVisible();
  await view(page).getByRole('button', { name: 'Importeer CSV' }).click();
  // The wrong file first: it is refused with a message naming the file and what is missing.
  await view(page).getByLabel('CSV-bestand').setInputFiles(join(LINDENHOF, 'relaties.csv'));
  await view(page).getByLabel('Vraag of doel').last().fill(QUESTION);
  await view(page).getByRole('button', { name: 'Importeren' }).click();
  await expect(view(page).getByRole('alert')).toHaveText('In relaties.csv staat geen enkele actor die op deze kaart voorkomt; er is niets geïmporteerd.');
  await expect(view(page).getByTestId('import-report')).toContainText('relaties.csv, regel 1: kolom "Actor" ontbreekt in de kopregel');
  await expect(view(page).getByText('Nog geen krachtenveld.')).toBeVisible();
  await view(page).getByLabel('CSV-bestand').setInputFiles(join(LINDENHOF, 'krachtenveld-huiskamer.csv'));
  await view(page).getByRole('button', { name: 'Importeren' }).click();
  await expect(view(page).getByText('12 actoren geïmporteerd uit krachtenveld-huiskamer.csv.')).toBeVisible();
}

test('krachtenveld: import the huiskamer CSV, Lewin diagram, matrix, routes via wie, stance-coloured network, compare', async ({ page, wijkweb }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1400, height: 900 });
  await openLindenhof(page, wijkweb.url);
  await importHuiskamer(page);

  // Table: every actor of the CSV with its values.
  await expect(view(page).getByLabel('Vraag of doel').first()).toHaveValue(QUESTION);
  await expect(view(page).getByLabel(`Houding van ${ADVISEUR}`)).toHaveValue('-1');
  await expect(view(page).getByLabel('Invloed van Ria Jansen')).toHaveValue('2');
  await view(page).getByLabel('Eigen rol').selectOption({ label: 'Aanjager' });
  await view(page).getByLabel('Eigen positie').selectOption({ label: 'Naast bewoners' });
  // An actor that is not on the map yet is added on the spot (one undoable step).
  await view(page).getByLabel('Of een nieuwe actor').fill('Buurtbus Lindenhof');
  await view(page).getByRole('button', { name: 'Nieuwe actor toevoegen' }).click();
  await expect(view(page).getByLabel('Houding van Buurtbus Lindenhof')).toHaveValue('unknown');
  await expect(page.getByTestId('map-status')).toHaveText('43 actoren · 66 relaties');
  await page.screenshot({ path: `${SHOTS}/krachtenveld-table.png`, fullPage: true });

  // Lewin diagram: for 4+6+3+4+2+6+3+3 = 31, against 5+3 = 8 (see the CSV).
  await view(page).getByRole('tab', { name: 'Lewin-diagram' }).click();
  const lewin = view(page).getByTestId('lewin-diagram');
  await expect(lewin).toContainText('Totaal tegen: 8');
  await expect(lewin).toContainText('Totaal voor: 31');
  await expect(lewin).toContainText('GGD Regio — Neutraal (0)');
  await lewin.screenshot({ path: `${SHOTS}/krachtenveld-lewin.png` });
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), view(page).getByRole('button', { name: 'Download SVG' }).click()]);
  expect(svgDownload.suggestedFilename()).toBe('krachtenveld-de-huiskamer-lindenhof-blijft-open-na-2027-lewin.svg');
  const svgText = readFileSync(await svgDownload.path(), 'utf8');
  expect(svgText).toContain('<svg');
  expect(svgText).toContain('Totaal tegen: 8');
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), view(page).getByRole('button', { name: 'Download PNG' }).click()]);
  expect(readFileSync(await pngDownload.path()).subarray(1, 4).toString()).toBe('PNG');

  // Matrix: quadrants named; drag Henk de Vries from −1 to 0 (one undoable step).
  await view(page).getByRole('tab', { name: 'Matrix' }).click();
  const matrix = view(page).getByTestId('stance-matrix');
  await expect(matrix).toContainText('Bondgenoten');
  await expect(matrix).toContainText('Te winnen');
  await matrix.screenshot({ path: `${SHOTS}/krachtenveld-matrix.png` });
  const henk = matrix.locator('[data-actor="Henk de Vries"] circle');
  const from = await henk.boundingBox();
  const box = await matrix.boundingBox();
  if (!from || !box) throw new Error('matrix niet zichtbaar');
  const scale = box.width / 1100;
  // The middle of column 0 is at x = 70 + 2.5 × 166 = 485 in SVG units; influence 3 row at y = 300.
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 500 * scale, box.y + 300 * scale, { steps: 10 });
  await page.mouse.up();
  await view(page).getByRole('tab', { name: 'Tabel' }).click();
  await expect(view(page).getByLabel('Houding van Henk de Vries')).toHaveValue('0');
  await page.keyboard.press('Control+z');
  await expect(view(page).getByLabel('Houding van Henk de Vries')).toHaveValue('-1');
  await view(page).getByRole('tab', { name: 'Matrix' }).click();
  // Under the matrix, what to do per actor (Mendelow, by stance): Ria Jansen carries the project.
  const informeren = view(page).getByTestId('engagement-informeren');
  await expect(informeren).toContainText('Ria Jansen');
  await expect(informeren).toContainText('Drager: geef een rol als ambassadeur');
  await expect(view(page).getByTestId('engagement-nauw-betrekken')).toContainText('Belangrijkste tegenkracht');
  await view(page).getByTestId('engagement-grid').screenshot({ path: `${SHOTS}/krachtenveld-aanpak.png` });
  // The same with the keyboard: the point keeps focus after each step.
  await view(page).getByRole('tab', { name: 'Matrix' }).click();
  const henkKey = matrix.getByRole('button', { name: /^Henk de Vries: houding -1, invloed 3/ });
  await henkKey.focus();
  await page.keyboard.press('ArrowUp');
  await expect(matrix.getByRole('button', { name: /^Henk de Vries: houding -1, invloed 4/ })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(matrix.getByRole('button', { name: /^Henk de Vries: houding -1, invloed 3/ })).toBeVisible();

  // Via wie: from Opbouwwerk Samen Sterk to the beleidsadviseur.
  await view(page).getByRole('tab', { name: 'Via wie' }).click();
  await expect(view(page).getByRole('list', { name: 'Wij' })).toContainText('Opbouwwerk Samen Sterk');
  await view(page).getByLabel('Naar').selectOption({ label: ADVISEUR });
  const routes = view(page).getByTestId('alliance-route');
  // The gemeente funds the opbouwwerk directly, so the best route is that tie; the others go via go-betweens.
  await expect(routes.first()).toContainText(`direct: ${ADVISEUR}`);
  await expect(routes.nth(1)).toContainText(/^via .* → Gemeente – beleidsadviseur sociaal domein; \d tussenperso/);
  await expect(view(page).getByTestId('coalition')).toContainText('Samen sterker dan de tegenkrachten');
  await view(page).getByTestId('coalition').scrollIntoViewIfNeeded();
  await page.getByRole('tabpanel', { name: 'Krachtenveld' }).screenshot({ path: `${SHOTS}/krachtenveld-routes.png` });

  // Colour the network by stance (after a layout), then show the second route on it.
  await page.getByRole('tab', { name: 'Kaart' }).click();
  await page.getByLabel('Kleur naar houding').selectOption({ label: `${QUESTION} (${await todayIn(page)})` });
  await expect(page.getByTestId('legend')).toContainText('Sterk tegen (−2)');
  await expect(page.getByTestId('legend')).not.toContainText('Woningcorporatie');
  await applyLayout(page);
  await expect(page.getByRole('status').filter({ hasText: 'Indeling toegepast' })).toBeVisible();
  await page.getByRole('button', { name: 'Passend maken' }).click();
  await page.screenshot({ path: `${SHOTS}/krachtenveld-network-stance.png` });
  await page.getByRole('tab', { name: 'Krachtenveld' }).click();
  await view(page).getByRole('tab', { name: 'Via wie' }).click();
  await routes.nth(1).getByRole('button', { name: 'Toon op kaart' }).click();
  await expect(page.getByTestId('stance-panel')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Route verbergen' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/krachtenveld-route-on-map.png` });
  await page.getByRole('button', { name: 'Route verbergen' }).click();
  await expect(page.getByRole('button', { name: 'Route verbergen' })).toHaveCount(0);
  // The krachtenveld layout: against on the left, for on the right, influential at the top.
  await page.getByRole('button', { name: 'Krachtenveld-indeling' }).click();
  await expect
    .poll(async () => page.evaluate(() => {
      const p = (n: string) => window.__wijkwebCanvas?.position(n)?.x ?? 0;
      return p('Sociaal Wijkteam Lindenhof') > p('GGD Regio') && p('GGD Regio') > p('Henk de Vries');
    }))
    .toBe(true);
  await page.getByRole('button', { name: 'Passend maken' }).click();
  await page.screenshot({ path: `${SHOTS}/krachtenveld-layout.png` });

  // Duplicate as a later moment, move two actors, compare.
  await page.getByRole('tab', { name: 'Krachtenveld' }).click();
  await view(page).getByRole('button', { name: 'Dupliceren' }).click();
  await expect(view(page).getByLabel('Krachtenveld', { exact: true })).toHaveValue(/.+/);
  await expect(view(page).getByLabel('Vraag of doel').first()).toHaveValue(`${QUESTION} (later moment)`);
  // The tab came back on the part last used ("Via wie"); the table is one click away.
  await expect(view(page).getByRole('tab', { name: 'Via wie' })).toHaveAttribute('aria-selected', 'true');
  await view(page).getByRole('tab', { name: 'Tabel' }).click();
  await view(page).getByLabel(`Houding van ${ADVISEUR}`).selectOption('0');
  await view(page).getByLabel('Houding van Woningcorporatie Thuis aan de Linde').selectOption('1');
  await view(page).getByRole('tab', { name: 'Vergelijken' }).click();
  await expect(view(page).getByTestId(`compare-row-${ADVISEUR}`)).toContainText('-1 → 0');
  await expect(view(page).getByTestId('compare-row-Woningcorporatie Thuis aan de Linde')).toContainText('0 → +1');
  await expect(view(page).getByTestId('compare-balance')).toContainText('Saldo veranderd met +9');
  await view(page).screenshot({ path: `${SHOTS}/krachtenveld-compare.png` });
  // Going to the map and back keeps the chosen force field and part.
  await page.getByRole('tab', { name: 'Kaart' }).click();
  await page.getByRole('tab', { name: 'Krachtenveld' }).click();
  await expect(view(page).getByLabel('Vraag of doel').first()).toHaveValue(`${QUESTION} (later moment)`);
  await expect(view(page).getByTestId('compare-balance')).toBeVisible();
});
