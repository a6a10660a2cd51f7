import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { lindenhofContent } from '../helpers/lindenhof-map';
import { test, expect } from './fixtures';
import { openLindenhof } from './open-lindenhof';
import { applyLayout } from './apply-layout';

const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'print');
const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const CENTRE = 'Opbouwwerk Samen Sterk';

async function pdfText(page: Page, name: string): Promise<string> {
  const file = join(OUT, name);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('print what you see: after zooming in on the map, "Wat je nu op de kaart ziet" prints only that part', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  mkdirSync(OUT, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  const { actors, relations } = lindenhofContent();
  await openLindenhof(page, wijkweb.url, { actors, relations });
  await applyLayout(page);
  await expect(page.getByText('Indeling toegepast.')).toBeVisible();

  // Before the map has been looked at in this visit, only "the whole map" can be printed.
  await page.getByRole('tab', { name: 'Afdrukken' }).click();
  await expect(page.getByRole('radio', { name: 'De hele kaart, passend op het vel' })).toBeChecked();
  const whole = await pdfText(page, 'lindenhof-hele-kaart.pdf');
  const names = actors.map((a) => a.name).filter((n) => whole.includes(n));
  expect(names.length).toBeGreaterThan(30);

  // Zoom in on the opbouwwerk with the mouse wheel, then print what is visible.
  await page.getByRole('tab', { name: 'Kaart' }).click();
  await page.getByRole('button', { name: 'Passend maken' }).click();
  const p = await page.evaluate((n) => window.__wijkwebCanvas?.renderedPosition(n) ?? null, CENTRE);
  if (!p) throw new Error(`geen node voor ${CENTRE}`);
  await page.mouse.move(p.x, p.y);
  // Zoom in until the farthest actors are out of view: at least a dozen of them.
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  // Within `margin` px of the canvas (an actor just past the edge still shows part of its label).
  const inside = async (margin = 0): Promise<string[]> => {
    const shown: string[] = [];
    for (const n of names) {
      const q = await page.evaluate((name) => window.__wijkwebCanvas?.renderedPosition(name) ?? null, n);
      if (q && q.x >= box.x - margin && q.x <= box.x + box.width + margin && q.y >= box.y - margin && q.y <= box.y + box.height + margin) shown.push(n);
    }
    return shown;
  };
  for (let i = 0; i < 120 && (await inside()).length > names.length - 12; i++) await page.mouse.wheel(0, -100);
  const shown = await inside();
  expect(shown.length).toBeLessThanOrEqual(names.length - 12);
  const nearby = await inside(90);
  const outside = names.filter((n) => !nearby.includes(n));
  expect(outside.length).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: join(SHOTS, 'print-current-view-map.png') });
  await page.getByRole('tab', { name: 'Afdrukken' }).click();
  await page.getByRole('radio', { name: 'Wat je nu op de kaart ziet' }).check();
  await expect(page.getByRole('img', { name: /Voorbeeld van vel 1 van 1/ })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'print-current-view.png') });
  const view = await pdfText(page, 'lindenhof-huidige-weergave.pdf');
  expect(view).toContain(CENTRE);
  for (const n of outside) expect(view).not.toContain(n);
  const inView = names.filter((n) => view.includes(n));
  expect(inView.length).toBeGreaterThan(0);
  expect(inView.length).toBeLessThan(names.length - 10);
  execFileSync('pdftoppm', ['-png', '-r', '60', join(OUT, 'lindenhof-huidige-weergave.pdf'), join(SHOTS, 'print-current-view-pdf')]);
});
