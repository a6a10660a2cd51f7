import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { lindenhof } from '../support/lindenhof-fixture';
import { test, expect, openApp } from './fixtures';
import { seedMap } from './seed-map';
import { applyLayout } from './apply-layout';

const SHOTS = 'test-results/screenshots';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

test('analyse Lindenhof: brokers, islands, bridges, silo’s; sort; size the map by a measure; focus a row', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  await seedMap(wijkweb.url, 'Lindenhof', lindenhof());
  await openApp(page, wijkweb.url);
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lindenhof' })).toBeVisible();

  await page.getByRole('tab', { name: 'Analyse' }).click();
  const view = page.getByTestId('analysis-view');
  await expect(view.getByRole('heading', { name: 'Het netwerk begrijpen' })).toBeVisible();
  await expect(page.getByTestId('figure-actors')).toHaveText('42 (22 formeel, 20 informeel)');
  await expect(page.getByTestId('figure-relations')).toHaveText('64 (+2 spanning niet meegeteld)');
  await expect(page.getByTestId('figure-islands')).toHaveText('0');
  const rows = page.getByTestId('measure-table').locator('tbody tr');
  await expect(rows).toHaveCount(42);
  const topFive = await rows.locator('th').allInnerTexts();
  expect(topFive.slice(0, 5)).toEqual([
    'Opbouwwerk Samen Sterk',
    'Gemeente – wijkmanager Lindenhof',
    'Huiskamerproject De Ster',
    'Buurtrestaurant Aan Tafel',
    'Wijkagent Lindenhof',
  ]);
  await expect(page.getByTestId('islands')).toContainText('Geen eilanden');
  await expect(page.getByTestId('informal-groups')).toContainText('Kwetsbaar: alleen via');
  await shot(page, 'analysis-lindenhof');
  await page.getByRole('heading', { name: "Silo's" }).scrollIntoViewIfNeeded();
  await shot(page, 'analysis-lindenhof-groups');

  // Sort by name (ascending), then back by broker score.
  await page.getByRole('button', { name: 'Actor', exact: true }).click();
  await expect(rows.first().locator('th')).toHaveText('Anouk Peters');
  await expect(page.getByRole('columnheader', { name: 'Actor', exact: true })).toHaveAttribute('aria-sort', 'ascending');

  // Counting tension ties makes the count go up.
  await page.getByLabel('Spanning/conflict meetellen als verbinding').check();
  await expect(page.getByTestId('figure-relations')).toHaveText('66');
  await page.getByLabel('Spanning/conflict meetellen als verbinding').uncheck();

  // A broker on the map: the row's button switches to the map and selects the actor.
  await page.getByRole('button', { name: 'Toon Wijkagent Lindenhof op de kaart' }).click();
  await expect(page.getByTestId('side-panel').getByLabel('Naam', { exact: true })).toHaveValue('Wijkagent Lindenhof');

  // Size by broker score, colour by community.
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await page.getByLabel('Kleur naar').selectOption({ label: 'gemeenschap' });
  await page.getByRole('button', { name: 'Toon op de kaart' }).click();
  await expect(page.getByTestId('emphasis-note')).toContainText('Grootte: Makelaar · kleur: gemeenschap');
  await applyLayout(page);
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeEnabled();
  await shot(page, 'analysis-map-sized');
  await page.getByRole('button', { name: 'Gewone kaart' }).click();
  await expect(page.getByTestId('emphasis-note')).toHaveCount(0);

  // A fragile informal group on the map: the group stands out, the rest fades.
  await page.getByRole('tab', { name: 'Analyse' }).click();
  const group = 'Buurtapp Lindenstraat, Buurtpreventieteam Lindenhof, Anouk Peters';
  await page.getByRole('button', { name: `Toon ${group} op de kaart` }).click();
  await expect(page.getByTestId('emphasis-note')).toContainText(group);
  await shot(page, 'analysis-group-on-map');
  await page.getByRole('button', { name: 'Gewone kaart' }).click();
});
