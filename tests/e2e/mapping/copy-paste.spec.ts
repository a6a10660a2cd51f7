import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { addRelation, newMap, quickAdd, snap } from './helpers';

const status = (page: Page) => page.getByTestId('map-status');

/** Clicks an actor's node on the canvas (with Shift to add it to the chosen ones). */
async function clickActor(page: Page, name: string, shift = false): Promise<void> {
  const p = await page.evaluate((n) => window.__wijkwebCanvas?.renderedPosition(n) ?? null, name);
  if (!p) throw new Error(`geen node voor ${name}`);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(p.x, p.y);
  if (shift) await page.keyboard.up('Shift');
}

test('copy/paste: Shift+click two actors, Ctrl+C, Ctrl+V copies them with their tie; Ctrl+Z undoes; paste into another map', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  await newMap(page, wijkweb.url, 'Lindenhof');
  await quickAdd(page, 'Gemeente Utrecht', 'Huiskamer Lindenhof', 'Fatima bewoner');
  await addRelation(page, 'Huiskamer Lindenhof', 'Fatima', 'Informeel contact');
  await addRelation(page, 'Gemeente Utrecht', 'Huiskamer Lindenhof', 'Financiering');
  await expect(status(page)).toHaveText('3 actoren · 2 relaties');
  await page.getByTestId('side-panel').getByRole('button', { name: 'Sluiten' }).click();

  await clickActor(page, 'Huiskamer Lindenhof');
  await clickActor(page, 'Fatima', true);
  await expect(page.getByTestId('picked-count')).toHaveText('2 actoren gekozen');
  await page.keyboard.press('Control+c');
  await expect(page.getByText('2 actoren gekopieerd (met 1 relaties ertussen).')).toBeVisible();
  await page.keyboard.press('Control+v');
  await expect(status(page)).toHaveText('5 actoren · 3 relaties');
  const panel = page.getByTestId('side-panel');
  await expect(panel.getByLabel('Naam', { exact: true })).toHaveValue('Huiskamer Lindenhof (kopie)');
  // The copies stand next to the originals, not on top of them.
  const [original, copy] = await page.evaluate(() => [
    window.__wijkwebCanvas?.position('Fatima') ?? null,
    window.__wijkwebCanvas?.position('Fatima (kopie)') ?? null,
  ]);
  expect(copy).not.toEqual(original);
  await snap(page, 'copy-paste');

  // One Ctrl+Z takes the whole paste away.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(status(page)).toHaveText('3 actoren · 2 relaties');

  // The clipboard survives going to another map; there the names need no "(kopie)".
  await page.getByRole('button', { name: 'Terug naar kaarten' }).click();
  await page.getByRole('button', { name: 'Nieuwe kaart' }).click();
  await page.getByLabel('Naam van de kaart').fill('Oost');
  await page.getByRole('button', { name: 'Maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oost' })).toBeVisible();
  await page.getByRole('button', { name: 'Plakken' }).click();
  await expect(status(page)).toHaveText('2 actoren · 1 relatie');
  await expect(panel.getByLabel('Naam', { exact: true })).toHaveValue('Huiskamer Lindenhof');

  // The table's selection can be copied too: tick both rows, Kopiëren, paste on the map.
  await page.getByRole('tab', { name: 'Tabel' }).click();
  await page.getByRole('checkbox', { name: 'Huiskamer Lindenhof kiezen' }).click();
  await page.getByRole('checkbox', { name: 'Fatima kiezen' }).click();
  await page.getByRole('group', { name: 'Gekozen rijen tegelijk wijzigen' }).getByRole('button', { name: 'Kopiëren' }).click();
  await page.getByRole('tab', { name: 'Kaart' }).click();
  await page.keyboard.press('Control+v');
  await expect(status(page)).toHaveText('4 actoren · 2 relaties');
  await expect(panel.getByLabel('Naam', { exact: true })).toHaveValue('Huiskamer Lindenhof (kopie)');
});
