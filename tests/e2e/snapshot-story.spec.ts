import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { lindenhof } from '../support/lindenhof-fixture';
import { test, expect, openApp } from './fixtures';
import { seedMap } from './seed-map';
import { applyLayout } from './apply-layout';

const SHOTS = 'test-results/screenshots';
const WIJKTEAM = 'Sociaal Wijkteam Lindenhof';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const panel = (page: Page) => page.getByTestId('side-panel');
const status = (page: Page) => page.getByTestId('map-status');

async function addTieToWijkteam(page: Page, resident: string): Promise<void> {
  await page.getByRole('button', { name: 'Relatie toevoegen' }).click();
  const form = panel(page);
  await expect(form.getByRole('heading', { name: 'Nieuwe relatie' })).toBeVisible();
  await form.getByLabel('Van', { exact: true }).selectOption({ label: resident });
  await form.getByLabel('Naar', { exact: true }).selectOption({ label: WIJKTEAM });
  await form.getByLabel('Soort relatie').selectOption({ label: 'Ondersteuning' });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByRole('heading', { name: 'Relatie bewerken' })).toBeVisible();
  await page.keyboard.press('Escape');
}

test('VINDEN: analyse Lindenhof, take a snapshot, change ties, compare, show on the map, print the impact summary, restore and undo', async ({
  page,
  wijkweb,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  await seedMap(wijkweb.url, 'Lindenhof', lindenhof());
  await openApp(page, wijkweb.url);
  await page.getByRole('button', { name: 'Openen' }).click();
  await applyLayout(page);
  await expect(status(page)).toHaveText('42 actoren · 66 relaties');

  // --- Analyse: brokers and islands ------------------------------------------------------------------
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await expect(page.getByTestId('figure-islands')).toHaveText('0');
  await expect(page.getByTestId('measure-table').locator('tbody tr').first().locator('th')).toHaveText('Opbouwwerk Samen Sterk');

  // --- Take a snapshot ------------------------------------------------------------------------------
  await page.getByRole('tab', { name: 'Momentopnamen' }).click();
  const view = page.getByTestId('snapshots-view');
  await expect(view.getByText('Nog geen momentopnamen.')).toBeVisible();
  await view.getByLabel('Naam').fill('Voorjaar 2026');
  await view.getByLabel('Datum').fill('2026-03-01');
  await view.getByLabel('Notitie').fill('Voor de bewonersavond');
  await view.getByRole('button', { name: 'Maak momentopname' }).click();
  await expect(page.getByTestId('timeline')).toContainText('Voorjaar 2026');
  await expect(page.getByTestId('timeline')).toContainText('42 actoren · 66 relaties');
  await shot(page, 'snapshots-timeline');

  // --- Change the map: three residents get a tie with the wijkteam, one tie goes -------------------
  await page.getByRole('tab', { name: 'Kaart' }).click();
  for (const resident of ['Henk de Vries', 'Mo Bakker', 'Anouk Peters']) await addTieToWijkteam(page, resident);
  await expect(status(page)).toHaveText('42 actoren · 69 relaties');
  await panel(page).getByLabel('Zoek op naam').fill('Fatima');
  await panel(page).getByRole('button', { name: `Fatima El Amrani – ${WIJKTEAM} (Informeel contact)` }).click();
  await panel(page).getByRole('button', { name: 'Verwijderen' }).click();
  await expect(status(page)).toHaveText('42 actoren · 68 relaties');

  // --- Open the snapshot read-only ------------------------------------------------------------------
  await page.getByRole('tab', { name: 'Momentopnamen' }).click();
  await page.getByRole('button', { name: 'Bekijk Voorjaar 2026 (alleen lezen)' }).click();
  await expect(page.getByTestId('snapshot-viewer')).toContainText('alleen lezen');
  await expect(page.getByTestId('snapshot-viewer')).toContainText('42 actoren · 66 relaties');
  await shot(page, 'snapshot-viewer');

  // --- Compare with now --------------------------------------------------------------------------
  await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  const summary = page.getByTestId('impact-summary');
  await expect(summary.getByRole('heading', { name: /Wat is er veranderd: Voorjaar 2026 \(2026-03-01\) → nu/ })).toBeVisible();
  await expect(page.getByTestId('impact-relations-added')).toContainText('Relaties erbij (3)');
  await expect(page.getByTestId('impact-relations-added')).toContainText(`Mo Bakker — ${WIJKTEAM} (Ondersteuning)`);
  await expect(page.getByTestId('impact-relations-removed')).toContainText(`Fatima El Amrani — ${WIJKTEAM} (Informeel contact)`);
  const bridges = page.getByTestId('impact-measures').getByRole('row', { name: /Bruggen formeel–informeel/ });
  await expect(bridges).toContainText('30');
  await expect(bridges).toContainText('32');
  await expect(page.getByTestId('impact-own')).toContainText('Opbouwwerk Samen Sterk');
  await summary.scrollIntoViewIfNeeded();
  await shot(page, 'impact-summary');

  // --- Print: only the summary, without buttons -----------------------------------------------------
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printed = 'ja';
    };
  });
  await summary.getByRole('button', { name: 'Afdrukken' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'ja');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'impact-summary-print');
  await expect(summary.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // --- The differences on the map: new ties marked, the removed one as a ghost ---------------------
  await summary.getByRole('button', { name: 'Toon verschillen op de kaart' }).click();
  await expect(page.getByTestId('emphasis-note')).toContainText('Verschillen sinds Voorjaar 2026');
  await expect(page.getByTestId('emphasis-note')).toContainText('verdwenen');
  await shot(page, 'diff-on-map');
  await page.getByRole('button', { name: 'Gewone kaart' }).click();

  // --- Restore the snapshot as one step, and undo it ------------------------------------------------
  await page.getByRole('tab', { name: 'Momentopnamen' }).click();
  await page.getByRole('button', { name: 'Zet Voorjaar 2026 terug op de kaart' }).click();
  await expect(status(page)).toHaveText('42 actoren · 66 relaties');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(status(page)).toHaveText('42 actoren · 68 relaties');
});
