import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { actorScreenPoint, type Point } from './canvas-helpers';
import { test, expect, openApp } from './fixtures';
import { applyLayout } from './apply-layout';

interface NewActor {
  readonly name: string;
  readonly kind: 'Formeel' | 'Informeel';
  readonly category: string;
  readonly influence?: string;
  readonly person?: boolean;
}

const panel = (page: Page) => page.getByTestId('side-panel');
const status = (page: Page) => page.getByTestId('map-status');

const screenPoint = actorScreenPoint;

/** The stored (model) position of an actor's node. */
async function modelPoint(page: Page, name: string): Promise<Point> {
  const p = await page.evaluate((n) => window.__wijkwebCanvas?.position(n) ?? null, name);
  if (!p) throw new Error(`geen node voor ${name}`);
  return p;
}

async function addActor(page: Page, actor: NewActor, via: 'button' | 'key' = 'button'): Promise<void> {
  if (via === 'key') await page.keyboard.press('a');
  else await page.getByRole('button', { name: 'Actor toevoegen' }).click();
  const form = panel(page);
  await expect(form.getByRole('heading', { name: 'Nieuwe actor' })).toBeVisible();
  await expect(form.getByLabel('Naam', { exact: true })).toBeFocused();
  await form.getByLabel('Naam', { exact: true }).fill(actor.name);
  await form.getByRole('radio', { name: actor.kind, exact: true }).check();
  await form.getByLabel('Categorie').selectOption({ label: actor.category });
  if (actor.influence) await form.getByLabel('Invloed').selectOption(actor.influence);
  if (actor.person) await form.getByLabel('Natuurlijk persoon').check();
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByRole('heading', { name: 'Actor bewerken' })).toBeVisible();
  await expect(form.getByLabel('Naam', { exact: true })).toHaveValue(actor.name);
}

async function dragMouse(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.up();
}

test('map story: actors, relations (form and drag), edit, delete + undo, move, layout, restart, language', async ({ page, wijkweb }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1400, height: 860 });
  await openApp(page, wijkweb.url);

  await page.getByRole('button', { name: 'Nieuwe kaart' }).click();
  await page.getByLabel('Naam van de kaart').fill('Lindenhof');
  await page.getByRole('button', { name: 'Maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lindenhof' })).toBeVisible();
  await expect(page.getByText('Voeg je eerste actor toe met ‘Actor toevoegen’ of druk op A.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Opnieuw' })).toBeDisabled();

  // --- Actors (the last one via the A shortcut) -----------------------------------------------
  await addActor(page, { name: 'Gemeente Utrecht', kind: 'Formeel', category: 'Gemeente', influence: '5' });
  await expect(page.getByText('Voeg je eerste actor toe')).toHaveCount(0);
  await addActor(page, { name: 'Huiskamer Lindenhof', kind: 'Informeel', category: 'Bewonersinitiatief' });
  await addActor(page, { name: 'Wijkteam Lindenhof', kind: 'Formeel', category: 'Sociaal wijkteam' });
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await addActor(page, { name: 'Fatima (sleutelfiguur)', kind: 'Informeel', category: 'Bewoner / sleutelfiguur', person: true }, 'key');
  await expect(status(page)).toHaveText('4 actoren · 0 relaties');
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeEnabled();

  // New actors were spread around the view, not stacked.
  const spots = await Promise.all(['Gemeente Utrecht', 'Huiskamer Lindenhof', 'Wijkteam Lindenhof', 'Fatima (sleutelfiguur)'].map((n) => modelPoint(page, n)));
  for (const [i, a] of spots.entries()) for (const b of spots.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(60);

  // --- Relation by form ------------------------------------------------------------------------
  await page.getByRole('button', { name: 'Relatie toevoegen' }).click();
  const form = panel(page);
  await expect(form.getByRole('heading', { name: 'Nieuwe relatie' })).toBeVisible();
  await form.getByLabel('Van', { exact: true }).selectOption({ label: 'Gemeente Utrecht' });
  await form.getByLabel('Naar', { exact: true }).selectOption({ label: 'Huiskamer Lindenhof' });
  await expect(form.getByLabel('Gericht')).not.toBeChecked();
  await form.getByLabel('Soort relatie').selectOption({ label: 'Financiering' });
  await expect(form.getByLabel('Gericht')).toBeChecked(); // financiering is directed by default
  await form.getByLabel('Sterkte').selectOption({ label: 'Sterk' });
  await form.getByLabel('Notitie').fill('Subsidie huiskamer tot 2027');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByRole('heading', { name: 'Relatie bewerken' })).toBeVisible();
  await expect(status(page)).toHaveText('4 actoren · 1 relatie');

  // --- Relation by dragging in Verbindmodus ---------------------------------------------------------
  const connect = page.getByRole('button', { name: 'Verbindmodus' });
  await connect.click();
  await expect(connect).toHaveAttribute('aria-pressed', 'true');
  await dragMouse(page, await screenPoint(page, 'Huiskamer Lindenhof'), await screenPoint(page, 'Fatima (sleutelfiguur)'));
  await expect(status(page)).toHaveText('4 actoren · 2 relaties');
  await expect(form.getByRole('heading', { name: 'Relatie bewerken' })).toBeVisible();
  const huiskamerId = await form.getByLabel('Van', { exact: true }).inputValue();
  await expect(form.getByLabel('Van', { exact: true }).locator(`option[value="${huiskamerId}"]`)).toHaveText('Huiskamer Lindenhof');
  await expect(form.getByLabel('Soort relatie')).toHaveValue('samenwerking');
  await expect(form.getByLabel('Sterkte')).toHaveValue('2');
  await form.getByLabel('Soort relatie').selectOption({ label: 'Informeel contact' });
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/map-connect.png' });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await connect.click();
  await expect(connect).toHaveAttribute('aria-pressed', 'false');

  // A third relation via the R shortcut.
  await page.keyboard.press('Escape');
  await page.keyboard.press('r');
  await form.getByLabel('Van', { exact: true }).selectOption({ label: 'Wijkteam Lindenhof' });
  await form.getByLabel('Naar', { exact: true }).selectOption({ label: 'Fatima (sleutelfiguur)' });
  await form.getByLabel('Soort relatie').selectOption({ label: 'Ondersteuning' });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(status(page)).toHaveText('4 actoren · 3 relaties');

  // --- Select on the canvas, edit, save ------------------------------------------------------------
  const wijkteam = await screenPoint(page, 'Wijkteam Lindenhof');
  await page.mouse.click(wijkteam.x, wijkteam.y);
  await expect(form.getByRole('heading', { name: 'Actor bewerken' })).toBeVisible();
  await expect(form.getByLabel('Naam', { exact: true })).toHaveValue('Wijkteam Lindenhof');
  await form.getByLabel('Buurt').fill('Lindenhof-Zuid');
  await form.getByLabel('Invloed').selectOption('4');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form.getByRole('heading', { name: 'Overzicht' })).toBeVisible();
  await form.getByRole('button', { name: 'Wijkteam Lindenhof', exact: true }).click();
  await expect(form.getByLabel('Buurt')).toHaveValue('Lindenhof-Zuid');
  await expect(form.getByLabel('Invloed')).toHaveValue('4');

  // --- Delete an actor with relations; undo brings everything back --------------------------------
  await page.keyboard.press('Escape');
  await form.getByRole('button', { name: 'Huiskamer Lindenhof', exact: true }).click();
  await expect(form).toContainText('Heeft 2 relaties');
  await form.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(status(page)).toHaveText('3 actoren · 1 relatie');
  await page.keyboard.press('Control+z');
  await expect(status(page)).toHaveText('4 actoren · 3 relaties');
  await page.keyboard.press('Control+Shift+z');
  await expect(status(page)).toHaveText('3 actoren · 1 relatie');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(status(page)).toHaveText('4 actoren · 3 relaties');

  // Delete key on a selection, then undo with the button.
  await page.mouse.click((await screenPoint(page, 'Fatima (sleutelfiguur)')).x, (await screenPoint(page, 'Fatima (sleutelfiguur)')).y);
  await expect(form.getByLabel('Naam', { exact: true })).toHaveValue('Fatima (sleutelfiguur)');
  await expect(form.getByLabel('Natuurlijk persoon')).toBeChecked();
  await page.getByRole('button', { name: 'Passend maken' }).focus();
  await page.keyboard.press('Delete');
  await expect(status(page)).toHaveText('3 actoren · 1 relatie');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(status(page)).toHaveText('4 actoren · 3 relaties');

  // --- Drag an actor; undo/redo by keyboard and buttons ------------------------------------------
  await page.keyboard.press('Escape');
  const before = await modelPoint(page, 'Gemeente Utrecht');
  const start = await screenPoint(page, 'Gemeente Utrecht');
  await dragMouse(page, start, { x: start.x + 120, y: start.y + 70 });
  await expect.poll(async () => (await modelPoint(page, 'Gemeente Utrecht')).x).toBeGreaterThan(before.x + 30);
  const moved = await modelPoint(page, 'Gemeente Utrecht');
  await page.keyboard.press('Control+z');
  await expect.poll(() => modelPoint(page, 'Gemeente Utrecht')).toEqual(before);
  await page.keyboard.press('Control+y');
  await expect.poll(() => modelPoint(page, 'Gemeente Utrecht')).toEqual(moved);

  // --- Indeling: one undoable step ------------------------------------------------------------------
  const names = ['Gemeente Utrecht', 'Huiskamer Lindenhof', 'Wijkteam Lindenhof', 'Fatima (sleutelfiguur)'];
  const positions = () => Promise.all(names.map((n) => modelPoint(page, n)));
  const beforeLayout = await positions();
  await applyLayout(page);
  await expect(page.getByRole('status').filter({ hasText: 'Indeling toegepast' })).toBeVisible();
  const afterLayout = await positions();
  expect(afterLayout).not.toEqual(beforeLayout);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect.poll(positions).toEqual(beforeLayout);
  await page.getByRole('button', { name: 'Opnieuw' }).click();
  await expect.poll(positions).toEqual(afterLayout);
  await page.getByRole('button', { name: 'Passend maken' }).click();

  await page.screenshot({ path: 'test-results/screenshots/map-with-legend.png' });

  // --- Restart: the map is exactly as left ----------------------------------------------------------
  await wijkweb.restart();
  await openApp(page, wijkweb.url);
  const card = page.getByRole('listitem', { name: 'Lindenhof', exact: true });
  await expect(card).toContainText('4 actoren · 3 relaties');
  await card.getByRole('button', { name: 'Openen' }).click();
  await expect(status(page)).toHaveText('4 actoren · 3 relaties');
  await expect.poll(positions).toEqual(afterLayout);
  await expect(panel(page).getByRole('button', { name: 'Wijkteam Lindenhof', exact: true })).toBeVisible();
  const gemeente = await screenPoint(page, 'Gemeente Utrecht');
  await page.mouse.click(gemeente.x, gemeente.y);
  await expect(panel(page).getByLabel('Naam', { exact: true })).toHaveValue('Gemeente Utrecht');
  await page.screenshot({ path: 'test-results/screenshots/map-selected.png' });
  await page.keyboard.press('Escape');

  // --- Language: English and back (stored) -------------------------------------------------------------
  await page.getByLabel('Taal').selectOption({ label: 'English' });
  await expect(page.getByRole('button', { name: 'Add actor' })).toBeVisible();
  await expect(status(page)).toHaveText('4 actors · 3 relations');
  await expect(page.getByRole('heading', { name: 'Legend' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: 'test-results/screenshots/map-english.png' });
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add actor' })).toBeVisible();
  await page.getByLabel('Language').selectOption({ label: 'Nederlands' });
  await expect(page.getByRole('button', { name: 'Actor toevoegen' })).toBeVisible();
  await expect(status(page)).toHaveText('4 actoren · 3 relaties');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});
