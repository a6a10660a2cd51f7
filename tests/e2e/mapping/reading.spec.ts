import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { addRelation, newMap, quickAdd, snap } from './helpers';
import { applyLayout } from '../apply-layout';

const classes = (page: Page, name: string) => page.evaluate((n) => window.__wijkwebCanvas?.classes(n) ?? null, name);

async function clickActor(page: Page, name: string): Promise<void> {
  const p = await page.evaluate((n) => window.__wijkwebCanvas?.renderedPosition(n) ?? null, name);
  if (!p) throw new Error(`geen node voor ${name}`);
  await page.mouse.click(p.x, p.y);
}

async function buildWijk(page: Page): Promise<void> {
  await quickAdd(
    page,
    'Gemeente Utrecht',
    'Wijkteam Lindenhof',
    'Fatima bewoner informeel #huiskamer',
    'Huiskamer Lindenhof #huiskamer',
    'Portaal woningcorporatie',
    'Moskee Al Fath informeel',
    'Jan de Vries wijkagent',
  );
  await addRelation(page, 'Gemeente Utrecht', 'Wijkteam Lindenhof', 'Financiering');
  await addRelation(page, 'Wijkteam Lindenhof', 'Huiskamer Lindenhof', 'Ondersteuning');
  await addRelation(page, 'Fatima', 'Huiskamer Lindenhof', 'Informeel contact');
  await addRelation(page, 'Fatima', 'Moskee Al Fath', 'Lid van');
  await addRelation(page, 'Portaal', 'Gemeente Utrecht', 'Overleg');
  await addRelation(page, 'Jan de Vries', 'Wijkteam Lindenhof', 'Overleg');
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await applyLayout(page);
  await expect(page.getByText('Indeling toegepast')).toBeVisible();
}

test('reading the map: search, filters with legend summary, focus mode, hover neighbours, relation labels', async ({ page, wijkweb }) => {
  test.setTimeout(120_000);
  await newMap(page, wijkweb.url, 'Lindenhof');
  await buildWijk(page);

  // Search: Ctrl+F, type, matches ringed and the rest faded; Enter zooms; Escape clears.
  await page.getByTestId('graph-canvas').focus();
  await page.keyboard.press('Control+f');
  const search = page.getByLabel('Zoek een actor');
  await expect(search).toBeFocused();
  await search.fill('huisk');
  await expect(page.getByText('2 gevonden — Enter zoomt erheen')).toBeVisible();
  expect(await classes(page, 'Fatima')).toContain('is-match');
  expect(await classes(page, 'Huiskamer Lindenhof')).toContain('is-match');
  expect(await classes(page, 'Gemeente Utrecht')).toContain('is-dimmed');
  await search.press('Enter');
  await search.press('Escape');
  await expect(search).toHaveValue('');
  expect(await classes(page, 'Gemeente Utrecht')).not.toContain('is-dimmed');

  // Filter: only formal actors with strong-or-any ties; the legend says what is filtered.
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  const filter = page.getByRole('group', { name: 'Filter op de kaart' });
  await filter.getByRole('group', { name: 'Soort', exact: true }).getByLabel('Informeel').check();
  const summary = page.getByTestId('filter-summary');
  await expect(summary).toContainText('Soort: Informeel');
  await expect(summary).toContainText('3 van 7 actoren zichtbaar · de rest is vervaagd');
  expect(await classes(page, 'Gemeente Utrecht')).toContain('is-dimmed');
  await filter.getByLabel('Verbergen').check();
  await expect(summary).toContainText('de rest is verborgen');
  expect(await classes(page, 'Gemeente Utrecht')).toContain('is-hidden');
  await filter.getByRole('group', { name: 'Soort relatie' }).getByLabel('Lid van').check();
  await expect(summary).toContainText('Soort relatie: Lid van');
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  await expect(filter).toHaveCount(0);
  await snap(page, 'map-filtered-legend');

  // Printing shows what the map shows: the filtered-out actors are not on the sheet.
  await page.getByRole('tab', { name: 'Afdrukken' }).click();
  await expect(page.getByText('Alleen wat zichtbaar is op de kaart wordt afgedrukt (3 actoren).')).toBeVisible();
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'SVG opslaan' }).click();
  const svg = readFileSync(await (await svgDownload).path(), 'utf8');
  for (const shown of ['Fatima', 'Huiskamer Lindenhof', 'Moskee Al Fath']) expect(svg).toContain(shown);
  for (const left of ['Gemeente Utrecht', 'Wijkteam Lindenhof', 'Portaal']) expect(svg).not.toContain(left);
  await page.getByRole('tab', { name: 'Kaart' }).click();
  await summary.getByRole('button', { name: 'Alles weer tonen' }).click();
  await expect(summary).toHaveCount(0);
  expect(await classes(page, 'Gemeente Utrecht')).not.toContain('is-hidden');

  // Hover: the actor and its neighbours come forward.
  const p = await page.evaluate(() => window.__wijkwebCanvas?.renderedPosition('Huiskamer Lindenhof') ?? null);
  await page.mouse.move(p!.x, p!.y);
  expect(await classes(page, 'Fatima')).toContain('is-near');
  expect(await classes(page, 'Portaal')).toContain('is-far');

  // Focus mode: select Fatima, 1 step, then 2 steps.
  await clickActor(page, 'Fatima');
  await expect(page.getByTestId('side-panel').getByLabel('Naam', { exact: true })).toHaveValue('Fatima');
  await page.getByRole('button', { name: 'Focus op actor' }).click();
  await expect(page.getByTestId('filter-summary')).toContainText('Focus: Fatima en buren tot 1 stap');
  expect(await classes(page, 'Moskee Al Fath')).not.toContain('is-hidden');
  expect(await classes(page, 'Wijkteam Lindenhof')).toContain('is-hidden');
  await page.getByLabel('Stappen').selectOption({ label: '2 stappen' });
  await expect(page.getByTestId('filter-summary')).toContainText('4 van 7 actoren zichtbaar');
  expect(await classes(page, 'Wijkteam Lindenhof')).not.toContain('is-hidden');
  expect(await classes(page, 'Gemeente Utrecht')).toContain('is-hidden');
  await page.getByRole('button', { name: 'Relatielabels' }).click();
  await expect.poll(() => page.evaluate(() => window.__wijkwebCanvas?.labelledEdges() ?? 0)).toBe(6);
  await page.mouse.move(5, 400);
  // The view zooms to the neighbourhood (animated): wait until the farthest neighbour is in view.
  await expect
    .poll(async () => (await page.evaluate(() => window.__wijkwebCanvas?.renderedPosition('Wijkteam Lindenhof') ?? null))?.y ?? 9999)
    .toBeLessThan(760);
  await snap(page, 'map-focus');
  await page.getByRole('button', { name: 'Focus op actor' }).click();
  await expect(page.getByTestId('filter-summary')).toHaveCount(0);
  expect(await classes(page, 'Gemeente Utrecht')).not.toContain('is-hidden');
});
