import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateClusteredMap } from '../../scripts/bench/generate-map';
import { test, expect, openApp, type WijkwebApp } from './fixtures';
import { applyLayout } from './apply-layout';

/** Puts a generated map of `actors` actors into the data folder while the app is stopped. */
function seedMap(dataDir: string, actors: number): string {
  const doc = generateClusteredMap(actors);
  mkdirSync(join(dataDir, 'maps'), { recursive: true });
  writeFileSync(join(dataDir, 'maps', `${doc.id}.json`), JSON.stringify(doc));
  return doc.name;
}

/** Puts a generated map of `actors` actors in the app's data folder and opens it at 1400 × 860. */
async function openGeneratedMap(page: Page, wijkweb: WijkwebApp, actors: number): Promise<void> {
  await page.setViewportSize({ width: 1400, height: 860 });
  let name = '';
  await wijkweb.restart(() => {
    name = seedMap(wijkweb.dataDir, actors);
  });
  await openApp(page, wijkweb.url);
  await page.getByRole('listitem', { name, exact: true }).getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByTestId('map-status')).toContainText(`${actors} actoren`);
}

const positionOf = (page: Page, name: string) => page.evaluate((n) => window.__wijkwebCanvas?.position(n) ?? null, name);

test('a large map is laid out off the UI thread with progress, as one undoable step', async ({ page, wijkweb }) => {
  test.setTimeout(120_000);
  await openGeneratedMap(page, wijkweb, 600);
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/large-map-opened.png' });
  const before = await positionOf(page, 'Actor 1');

  await applyLayout(page);
  const progress = page.getByTestId('layout-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toContainText('Indeling berekenen voor 600 actoren');
  await expect(progress.getByRole('progressbar', { name: 'Voortgang van de indeling' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/large-map-layout-progress.png' });
  await expect(progress).toBeHidden({ timeout: 60_000 });
  await expect(page.getByText('Indeling toegepast.')).toBeVisible();
  const after = await positionOf(page, 'Actor 1');
  expect(after).not.toEqual(before);
  await page.screenshot({ path: 'test-results/screenshots/large-map-laid-out.png' });

  // One undo puts every actor back.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect.poll(() => positionOf(page, 'Actor 1')).toEqual(before);
});

test('a running large layout can be stopped and leaves the map unchanged', async ({ page, wijkweb }) => {
  test.setTimeout(120_000);
  await openGeneratedMap(page, wijkweb, 1500);
  const before = await positionOf(page, 'Actor 1');
  await applyLayout(page);
  const progress = page.getByTestId('layout-progress');
  await progress.getByRole('button', { name: 'Indeling stoppen' }).click();
  await expect(progress).toBeHidden();
  await expect(page.getByText('Indeling toegepast.')).toBeHidden();
  expect(await positionOf(page, 'Actor 1')).toEqual(before);
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeDisabled();
});

test('a big map pans and zooms as a bitmap, and actors are still found under the pointer', async ({ page, wijkweb }) => {
  test.setTimeout(120_000);
  await openGeneratedMap(page, wijkweb, 1500);
  const rendered = () => page.evaluate(() => window.__wijkwebCanvas?.renderedPosition('Actor 1') ?? null);
  const classes = (n: string) => page.evaluate((a) => window.__wijkwebCanvas?.classes(a) ?? null, n);

  // Hovering an actor does not restyle the whole map on a map this big.
  const p = await rendered();
  await page.mouse.move(p!.x, p!.y);
  expect(await classes('Actor 1')).not.toContain('is-near');

  // Dragging the view from the corner moves the map, not the actors.
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const model = await positionOf(page, 'Actor 1');
  await page.mouse.move(box.x + box.width - 12, box.y + 12);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width - 12 - 15 * i, box.y + 12 + 10 * i);
  await page.mouse.up();
  await expect.poll(rendered).not.toEqual(p);
  expect(await positionOf(page, 'Actor 1')).toEqual(model);

  // Wheel zoom in, then a click on an actor selects it (found through the spatial index).
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -200);
  // An actor drawn where nothing (legend, search box) covers the canvas.
  const target = await page.evaluate(() => {
    for (let i = 1; i <= 1500; i++) {
      const at = window.__wijkwebCanvas?.renderedPosition(`Actor ${i}`);
      const hit = at ? document.elementFromPoint(at.x, at.y) : null;
      if (at && hit instanceof HTMLCanvasElement && hit.closest('[data-testid="graph-canvas"]')) return at;
    }
    return null;
  });
  await page.mouse.click(target!.x, target!.y);
  await expect(page.getByTestId('side-panel').getByLabel('Naam', { exact: true })).toHaveValue(/^Actor /);
});

test('on a map of 1 500 actors the new layout is put on the canvas step by step, still as one undoable step', async ({ page, wijkweb }) => {
  test.setTimeout(120_000);
  await openGeneratedMap(page, wijkweb, 1500);
  const before = await positionOf(page, 'Actor 1');
  // Notes every frame what the progress card says it is doing.
  await page.evaluate(() => {
    const w = window as unknown as { phases: string[] };
    w.phases = [];
    const look = (): void => {
      const phase = document.querySelector('[data-testid="layout-progress"]')?.getAttribute('data-phase');
      if (phase && w.phases.at(-1) !== phase) w.phases.push(phase);
      requestAnimationFrame(look);
    };
    look();
  });
  await applyLayout(page);
  await expect(page.getByText('Indeling toegepast.')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('layout-progress')).toBeHidden();
  // The card stayed while the result was put on the canvas, and said so.
  expect(await page.evaluate(() => (window as unknown as { phases: string[] }).phases)).toEqual(['computing', 'applying']);
  const after = await positionOf(page, 'Actor 1');
  expect(after).not.toEqual(before);

  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect.poll(() => positionOf(page, 'Actor 1')).toEqual(before);
});
