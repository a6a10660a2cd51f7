import { actorsUnderPanels } from '../../../scripts/lib/actors-under-panels';
import { test, expect } from '../fixtures';
import { snap } from '../mapping/helpers';
import { drawnAt, openDemo, selectedName, zoomOf } from './open-demo';

test('wheel, +/− buttons and keys zoom at a normal pace', async ({ page, wijkweb }) => {
  await openDemo(page, wijkweb.url);
  const canvas = page.getByTestId('graph-canvas');
  const box = (await canvas.boundingBox())!;
  const start = await zoomOf(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // Four notches towards you about double the zoom (it took 25 notches for 1.5× before).
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -100);
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(start * 2);
  const zoomedIn = await zoomOf(page);
  expect(zoomedIn).toBeLessThan(start * 2.5);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 100);
  await expect.poll(() => zoomOf(page)).toBeCloseTo(start, 2);

  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await expect.poll(() => zoomOf(page)).toBeCloseTo(start * 1.25, 2);
  await page.getByRole('button', { name: 'Uitzoomen' }).click();
  await expect.poll(() => zoomOf(page)).toBeCloseTo(start, 2);

  await canvas.focus();
  await page.keyboard.press('+');
  await expect.poll(() => zoomOf(page)).toBeCloseTo(start * 1.25, 2);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(() => zoomOf(page)).toBeCloseTo(start / 1.25, 2);
  // F fits the map as "Passend maken" does.
  await page.keyboard.press('f');
  await expect.poll(() => zoomOf(page)).not.toBeCloseTo(start / 1.25, 2);
  const fitted = await zoomOf(page);
  await page.keyboard.press('+');
  await page.getByRole('button', { name: 'Passend maken' }).click();
  await expect.poll(() => zoomOf(page)).toBeCloseTo(fitted, 3);
});

test('arrow keys move to the nearest actor in that direction; Enter opens the selected one', async ({ page, wijkweb }) => {
  await openDemo(page, wijkweb.url);
  const start = (await drawnAt(page, 'Buurthuis De Schakel'))!;
  await page.mouse.click(start.x, start.y);
  await expect.poll(() => selectedName(page)).toBe('Buurthuis De Schakel');

  for (const [key, further] of [
    ['ArrowRight', (a: { x: number; y: number }, b: { x: number; y: number }) => b.x > a.x],
    ['ArrowUp', (a: { x: number; y: number }, b: { x: number; y: number }) => b.y < a.y],
    ['ArrowLeft', (a: { x: number; y: number }, b: { x: number; y: number }) => b.x < a.x],
    ['ArrowDown', (a: { x: number; y: number }, b: { x: number; y: number }) => b.y > a.y],
  ] as const) {
    const before = await selectedName(page);
    const from = (await drawnAt(page, before))!;
    await page.keyboard.press(key);
    await expect.poll(() => selectedName(page)).not.toBe(before);
    const to = (await drawnAt(page, await selectedName(page)))!;
    expect(further(from, to), `${key} from ${before}`).toBe(true);
  }

  // Enter puts the cursor in the selected actor's form.
  const name = page.getByTestId('side-panel').getByLabel('Naam', { exact: true });
  await page.keyboard.press('Enter');
  await expect(name).toBeFocused();
  // Arrow keys in the field are the field's own.
  const chosen = await name.inputValue();
  await page.keyboard.press('ArrowLeft');
  expect(await selectedName(page)).toBe(chosen);
});

test('picking a layout from the one "Indeling" control applies it at once, undone in one step', async ({ page, wijkweb }) => {
  await openDemo(page, wijkweb.url);
  const before = await page.evaluate(() => window.__wijkwebCanvas?.position('Buurthuis De Schakel'));
  await page.getByRole('button', { name: 'Indeling', exact: true }).click();
  await expect(page.getByRole('menu', { name: 'Indeling kiezen' })).toBeVisible();
  await page.getByRole('menuitem', { name: 'Groepen per categorie' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Indeling toegepast' })).toBeVisible();
  await expect(page.getByRole('menu')).toHaveCount(0);
  const after = await page.evaluate(() => window.__wijkwebCanvas?.position('Buurthuis De Schakel'));
  expect(after).not.toEqual(before);
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.evaluate(() => window.__wijkwebCanvas?.position('Buurthuis De Schakel'))).toEqual(before);
  await expect(page.getByRole('button', { name: 'Opnieuw' })).toBeEnabled();
});

test('the map toolbar belongs to the map tab; undo stays on every tab', async ({ page, wijkweb }) => {
  await openDemo(page, wijkweb.url);
  const toolbar = page.getByRole('group', { name: 'Werkbalk' });
  await expect(toolbar.getByRole('button', { name: 'Actor toevoegen' })).toBeVisible();
  await page.getByRole('tab', { name: 'Tabel' }).click();
  for (const name of ['Actor toevoegen', 'Relatie toevoegen', 'Verbindmodus', 'Passend maken', 'Indeling', 'Inzoomen']) {
    await expect(toolbar.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  await expect(toolbar.getByRole('button', { name: 'Ongedaan maken' })).toBeVisible();
  await page.getByRole('tab', { name: 'Kaart' }).click();
  await expect(toolbar.getByRole('button', { name: 'Passend maken' })).toBeVisible();
});

test('the left panel docks beside the map and folds; fitting uses the free area either way', async ({ page, wijkweb }) => {
  await openDemo(page, wijkweb.url);
  const canvas = page.getByTestId('graph-canvas');
  const docked = (await canvas.boundingBox())!;
  await snap(page, 'map-panels-docked');
  await page.getByRole('button', { name: 'Paneel inklappen' }).click();
  const search = page.getByRole('searchbox', { name: 'Zoek een actor' });
  await expect(search).toBeHidden();
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBeGreaterThan(docked.width + 200);
  await page.getByRole('button', { name: 'Passend maken' }).click();
  expect((await actorsUnderPanels(page)).covered).toEqual([]);
  await snap(page, 'map-panels-folded');
  // Ctrl+F opens the panel again with the cursor in the search box.
  await canvas.focus();
  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();
  await expect(page.getByRole('button', { name: 'Paneel inklappen' })).toBeVisible();
});

test('a toast while an actor is selected covers neither the selection nor any actor', async ({ page, wijkweb }) => {
  await openDemo(page, wijkweb.url);
  const at = (await drawnAt(page, 'Huisartsenpraktijk Lindenplein'))!;
  await page.mouse.click(at.x, at.y);
  const panel = page.getByTestId('side-panel');
  await panel.getByLabel('Notitie').fill('Spreekuur op dinsdag');
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Opgeslagen' }).locator('.toast');
  await expect(toast).toBeVisible();
  // The toast sits in the side panel, not over the map.
  await expect(panel.locator('.toast')).toHaveCount(1);
  expect((await actorsUnderPanels(page)).covered).toEqual([]);
  await snap(page, 'toast-with-selection');
});
