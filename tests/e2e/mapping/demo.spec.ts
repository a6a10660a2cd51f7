import { test, expect, openApp } from '../fixtures';
import { waitForOpeningLayout } from '../canvas/open-demo';
import { snap } from './helpers';

test('demo map: the empty home screen offers Voorbeeldwijk Lindenhof, which opens with 42 actors and 66 relations', async ({ page, wijkweb }) => {
  await page.setViewportSize({ width: 1400, height: 860 });
  await openApp(page, wijkweb.url);
  await page.getByRole('button', { name: 'Voorbeeldwijk Lindenhof openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voorbeeldwijk Lindenhof' })).toBeVisible();
  await expect(page.getByTestId('map-status')).toHaveText('42 actoren · 66 relaties');
  // The demo comes in through the importer without positions: the network layout places it at once.
  await waitForOpeningLayout(page);
  await page.getByRole('button', { name: 'Passend maken' }).click();
  await snap(page, 'demo-lindenhof');
  // Back home, the demo is an ordinary map and the offer is gone.
  await page.getByRole('button', { name: 'Terug naar kaarten' }).click();
  await expect(page.getByText('Voorbeeldwijk Lindenhof').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Voorbeeldwijk Lindenhof openen' })).toHaveCount(0);
});
