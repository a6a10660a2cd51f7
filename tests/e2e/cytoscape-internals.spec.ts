import { test, expect } from './fixtures';
import { openLindenhof } from './open-lindenhof';

// The upgrade canary for renderer/src/graph/cytoscape-internals.ts: on the pinned Cytoscape, every
// internal part the big-map speed-ups and the tests rely on is present on the real canvas. After an
// upgrade that moves one, this fails and names it (docs/performance.md: upgrade steps).
test('the map canvas finds every Cytoscape internal it relies on', async ({ page, wijkweb }) => {
  await openLindenhof(page, wijkweb.url);
  await expect(page.locator('canvas').first()).toBeVisible();
  const report = await page.evaluate(() => window.__wijkwebCanvas?.internals());
  expect(report).toEqual({ viewportFlags: true, layerCache: true, hitTest: true, drawContexts: true, drawCall: true, pressState: true });
});
