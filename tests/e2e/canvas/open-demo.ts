import type { Page } from '@playwright/test';
import { actorsUnderPanels } from '../../../scripts/lib/actors-under-panels';
import { fallbackPosition } from '../../../renderer/src/graph/elements';
import { lindenhof } from '../../support/lindenhof-fixture';
import { expect, openApp } from '../fixtures';

/** A point on the page. */
export type Point = { x: number; y: number };

/**
 * Waits until a map opened without positions (the demo, an import) has been laid out and that
 * layout is saved: the actors left the stand-in grid they are first drawn on.
 */
export async function waitForOpeningLayout(page: Page): Promise<void> {
  const actors = lindenhof().actors;
  const grid = fallbackPosition(actors.findIndex((a) => a.name === 'Anouk Peters'), actors.length);
  await expect
    .poll(async () => {
      const p = await page.evaluate(() => window.__wijkwebCanvas?.position('Anouk Peters') ?? null);
      return p !== null && (p.x !== grid.x || p.y !== grid.y);
    }, { timeout: 60_000 })
    .toBe(true);
  await expect(page.getByText('Opgeslagen', { exact: true })).toBeVisible({ timeout: 15_000 });
}

/** Opens the Voorbeeldwijk Lindenhof demo at this window size and waits until it is laid out and all 42 actors are drawn. */
export async function openDemo(page: Page, url: string, size = { width: 1440, height: 900 }): Promise<void> {
  await page.setViewportSize(size);
  await openApp(page, url);
  await page.getByRole('button', { name: 'Voorbeeldwijk Lindenhof openen' }).click();
  await expect(page.getByTestId('map-status')).toHaveText('42 actoren · 66 relaties');
  await waitForOpeningLayout(page);
  await expect.poll(async () => (await actorsUnderPanels(page)).actors).toBe(42);
}

/** The canvas zoom (1 = 100 %). */
export function zoomOf(page: Page): Promise<number> {
  return page.evaluate(() => window.__wijkwebCanvas?.zoom() ?? NaN);
}

/** Where an actor is drawn on the page, or null. */
export function drawnAt(page: Page, name: string): Promise<Point | null> {
  return page.evaluate((n) => window.__wijkwebCanvas?.renderedPosition(n) ?? null, name);
}

/** The name of the actor open in the side panel (its name field). */
export function selectedName(page: Page): Promise<string> {
  return page.getByTestId('side-panel').getByLabel('Naam', { exact: true }).inputValue();
}
