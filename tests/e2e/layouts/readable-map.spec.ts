import { fallbackPosition } from '../../../renderer/src/graph/elements';
import { lindenhof } from '../../support/lindenhof-fixture';
import { applyLayout } from '../apply-layout';
import { expect, test } from '../fixtures';
import { openLindenhof } from '../open-lindenhof';

const LAYOUTS = [
  'Netwerk',
  'Ringen: formeel buiten, informeel binnen',
  'Ringen: meeste invloed in het midden',
  'Groepen per categorie',
  'Groepen per buurt',
] as const;

/** The smallest label on screen, in px (the canvas zoom times the label font size). */
async function labelPx(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(() => (window.__wijkwebCanvas?.zoom() ?? 0) * 12);
}

test('Lindenhof opened without positions is laid out at once, and every layout is screenshotted', async ({ page, wijkweb }) => {
  test.setTimeout(180_000);
  await openLindenhof(page, wijkweb.url);
  await page.setViewportSize({ width: 1440, height: 900 });
  // The imported map gets the network layout at once: the grid it opened with is gone.
  const actors = lindenhof().actors;
  const grid = fallbackPosition(actors.findIndex((a) => a.name === 'Anouk Peters'), actors.length);
  await expect.poll(() => page.evaluate(() => window.__wijkwebCanvas?.position('Anouk Peters')), { timeout: 60_000 }).not.toEqual(grid);
  await page.getByRole('button', { name: 'Passend maken' }).click();
  await page.screenshot({ path: 'test-results/layouts/lindenhof-opened.png' });
  test.info().annotations.push({ type: 'label px at fit (opened)', description: String(await labelPx(page)) });
  for (const [i, layout] of LAYOUTS.entries()) {
    await applyLayout(page, layout);
    await expect(page.getByText('Indeling toegepast. Ongedaan maken met Ctrl+Z.').last()).toBeVisible({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Passend maken' }).click();
    await page.screenshot({ path: `test-results/layouts/lindenhof-${i + 1}.png` });
    test.info().annotations.push({ type: `label px at fit (${layout})`, description: String(await labelPx(page)) });
  }
});
