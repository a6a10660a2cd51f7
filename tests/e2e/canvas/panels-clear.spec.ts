import { actorsUnderPanels } from '../../../scripts/lib/actors-under-panels';
import { test, expect, openApp } from '../fixtures';
import { snap } from '../mapping/helpers';

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
]) {
  test(`first view of Lindenhof at ${size.width}×${size.height}: no actor under a panel`, async ({ page, wijkweb }) => {
    await page.setViewportSize(size);
    await openApp(page, wijkweb.url);
    await page.getByRole('button', { name: 'Voorbeeldwijk Lindenhof openen' }).click();
    await expect(page.getByTestId('map-status')).toHaveText('42 actoren · 66 relaties');
    await expect.poll(async () => (await actorsUnderPanels(page)).actors).toBe(42);
    const coverage = await actorsUnderPanels(page);
    await snap(page, `lindenhof-first-view-${size.width}x${size.height}`);
    expect(coverage.covered).toEqual([]);
  });
}
