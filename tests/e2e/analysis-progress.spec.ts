import { mkdirSync } from 'node:fs';
import { createActor, createRelation } from '../../shared/domain/factories';
import type { Actor, Relation } from '../../shared/domain/map-document';
import { test, expect, openApp } from './fixtures';
import { seedMap } from './seed-map';

/** A big made-up map (a ring with local shortcuts), big enough that the analysis takes a while. */
function bigMap(n: number): { actors: Actor[]; relations: Relation[] } {
  const actors = Array.from({ length: n }, (_, i) =>
    createActor({ id: `a${i}`, name: `Actor ${i}`, kind: i % 3 === 0 ? 'formeel' : 'informeel', position: { x: (i % 50) * 60, y: Math.floor(i / 50) * 60 } }),
  );
  const relations: Relation[] = [];
  for (let i = 0; i < n; i++) {
    relations.push(createRelation({ id: `r${i}a`, from: `a${i}`, to: `a${(i + 1) % n}` }));
    relations.push(createRelation({ id: `r${i}b`, from: `a${i}`, to: `a${(i + 7) % n}` }));
  }
  return { actors, relations };
}

test('a big map is analysed off the UI thread with progress, and the calculation can be cancelled and restarted', async ({ page, wijkweb }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  await seedMap(wijkweb.url, 'Stad', bigMap(2500));
  await openApp(page, wijkweb.url);
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('tab', { name: 'Analyse' }).click();

  const progress = page.getByRole('status').filter({ hasText: 'Bezig met rekenen' });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('progressbar')).toBeVisible();
  // The page stays responsive while the worker counts: the options can be read and ticked.
  await expect(page.getByLabel('Sterkte als gewicht (sterke banden zijn kortere wegen)')).toBeEnabled();
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/analysis-progress.png' });
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByText('De berekening is afgebroken.')).toBeVisible();

  await page.getByRole('button', { name: 'Opnieuw berekenen' }).click();
  await expect(page.getByTestId('figure-actors')).toHaveText('2500 (834 formeel, 1666 informeel)', { timeout: 150_000 });
});
