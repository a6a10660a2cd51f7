import type { Page } from '@playwright/test';

/** A point on the page. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where an actor's node is drawn on the page (via the canvas test hook). */
export async function actorScreenPoint(page: Page, name: string): Promise<Point> {
  const p = await page.evaluate((n) => window.__wijkwebCanvas?.renderedPosition(n) ?? null, name);
  if (!p) throw new Error(`geen node voor ${name}`);
  return p;
}
