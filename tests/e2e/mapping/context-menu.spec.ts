import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { addRelation, newMap, quickAdd, snap } from './helpers';

const status = (page: Page) => page.getByTestId('map-status');
const panel = (page: Page) => page.getByTestId('side-panel');

async function point(page: Page, name: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((n) => window.__wijkwebCanvas?.renderedPosition(n) ?? null, name);
  if (!p) throw new Error(`geen node voor ${name}`);
  return p;
}

test('context menus: right-click an actor, a relation and the canvas; arrow keys and Escape; Shift+F10 from the keyboard', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  await newMap(page, wijkweb.url, 'Lindenhof');
  await quickAdd(page, 'Gemeente Utrecht', 'Huiskamer Lindenhof', 'Fatima bewoner');
  await addRelation(page, 'Gemeente Utrecht', 'Huiskamer Lindenhof', 'Financiering');
  await panel(page).getByRole('button', { name: 'Sluiten' }).click();

  // --- An actor: the menu names it, has five entries, arrows move, Escape closes ---------------
  const fatima = await point(page, 'Fatima');
  await page.mouse.click(fatima.x, fatima.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Menu van actor Fatima' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem')).toHaveText(['Bewerken', 'Verbinden met…R', 'Focus op deze actor', 'KopiërenCtrl+C', 'VerwijderenDelete']);
  await expect(menu.getByRole('menuitem', { name: 'Bewerken' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: /Verwijderen/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Bewerken' })).toBeFocused();
  await snap(page, 'context-menu-actor');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);

  // "Verbinden met…" opens the relation form from this actor.
  await page.mouse.click(fatima.x, fatima.y, { button: 'right' });
  await menu.getByRole('menuitem', { name: /Verbinden met/ }).click();
  await expect(panel(page).getByRole('heading', { name: 'Nieuwe relatie' })).toBeVisible();
  await expect(panel(page).getByLabel('Van', { exact: true })).toHaveValue(/.+/);
  await expect(panel(page).getByLabel('Van', { exact: true }).locator('option:checked')).toHaveText('Fatima');

  // "Verwijderen" removes the actor (one Ctrl+Z brings it back).
  await page.mouse.click(fatima.x, fatima.y, { button: 'right' });
  await menu.getByRole('menuitem', { name: /Verwijderen/ }).click();
  await expect(status(page)).toHaveText('2 actoren · 1 relatie');
  await page.keyboard.press('Control+z');
  await expect(status(page)).toHaveText('3 actoren · 1 relatie');

  // --- A relation: Bewerken opens its form ------------------------------------------------------
  const [a, b] = [await point(page, 'Gemeente Utrecht'), await point(page, 'Huiskamer Lindenhof')];
  await page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2, { button: 'right' });
  const relationMenu = page.getByRole('menu', { name: 'Menu van relatie' });
  await expect(relationMenu.getByRole('menuitem')).toHaveText(['Bewerken', 'VerwijderenDelete']);
  await relationMenu.getByRole('menuitem', { name: 'Bewerken' }).click();
  await expect(panel(page).getByRole('heading', { name: 'Relatie bewerken' })).toBeVisible();

  // --- The empty canvas: "Actor toevoegen hier" puts the new actor where the click was -----------
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('geen canvas');
  // Open canvas away from the tools and the legend, and as far from the actors as possible: a new
  // actor keeps its distance from others, so a spot next to one would (rightly) be moved.
  const actors = await Promise.all(['Gemeente Utrecht', 'Huiskamer Lindenhof', 'Fatima'].map((n) => point(page, n)));
  const candidates = [[0.35, 0.22], [0.5, 0.9], [0.85, 0.8], [0.55, 0.5]].map(([fx = 0, fy = 0]) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy }));
  const room = (p: { x: number; y: number }) => Math.min(...actors.map((a) => Math.hypot(a.x - p.x, a.y - p.y)));
  const spot = candidates.reduce((best, c) => (room(c) > room(best) ? c : best));
  await page.mouse.click(spot.x, spot.y, { button: 'right' });
  const canvasMenu = page.getByRole('menu', { name: 'Menu van de kaart' });
  await expect(canvasMenu.getByRole('menuitem')).toHaveText(['Actor toevoegen hier', 'PlakkenCtrl+V', 'Passend makenF', 'Indeling toepassen']);
  await expect(canvasMenu.getByRole('menuitem', { name: /Plakken/ })).toHaveAttribute('aria-disabled', 'true');
  await snap(page, 'context-menu-canvas');
  await canvasMenu.getByRole('menuitem', { name: 'Actor toevoegen hier' }).click();
  await panel(page).getByLabel('Naam', { exact: true }).fill('Buurthuis De Linde');
  await panel(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(status(page)).toHaveText('4 actoren · 1 relatie');
  const placed = await point(page, 'Buurthuis De Linde');
  expect(Math.abs(placed.x - spot.x)).toBeLessThan(80);
  expect(Math.abs(placed.y - spot.y)).toBeLessThan(80);

  // --- Keyboard: Shift+F10 opens the menu of the chosen actor; Enter chooses -------------------
  // (The mouse is moved out of the way: a menu item under the pointer would take the focus.)
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  await page.getByTestId('graph-canvas').focus();
  await page.keyboard.press('Shift+F10');
  const ownMenu = page.getByRole('menu', { name: 'Menu van actor Buurthuis De Linde' });
  await expect(ownMenu).toBeVisible();
  await expect(ownMenu.getByRole('menuitem', { name: 'Bewerken' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(ownMenu.getByRole('menuitem', { name: 'Focus op deze actor' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ownMenu).toHaveCount(0);
  await expect(page.getByText(/Focus: Buurthuis De Linde/)).toBeVisible();
  await expect(page.getByTestId('graph-canvas')).toBeFocused();
});
