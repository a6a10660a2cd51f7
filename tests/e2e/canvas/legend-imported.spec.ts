import { actorsUnderPanels } from '../../../scripts/lib/actors-under-panels';
import { LINDENHOF_DIR } from '../../support/lindenhof-fixture';
import { test, expect, openApp } from '../fixtures';
import { snap } from '../mapping/helpers';

test('the legend of an imported map lists the categories in use, folds the long list and never clips', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, wijkweb.url);
  await page.getByRole('button', { name: 'Importeren' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Bestanden kiezen').setInputFiles([`${LINDENHOF_DIR}/actoren.csv`, `${LINDENHOF_DIR}/relaties.csv`]);
  await expect(dialog.getByTestId('import-summary')).toContainText('Nieuw: 42 actoren en 66 relaties.');
  await dialog.getByLabel('Naam van de nieuwe kaart').fill('Lindenhof geïmporteerd');
  await dialog.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByTestId('map-status')).toHaveText('42 actoren · 66 relaties');
  await expect.poll(async () => (await actorsUnderPanels(page)).actors).toBe(42);
  expect((await actorsUnderPanels(page)).covered).toEqual([]);

  const legend = page.getByTestId('legend');
  const categories = legend.getByRole('list', { name: 'Categorie' });
  // Many categories (Lindenhof maps onto 15 after the automatic category mapping; more than 10 fold):
  // the first few, and a button for all of them.
  const more = legend.getByRole('button', { name: /^Alle \d+ categorieën tonen$/ });
  await expect(more).toBeVisible();
  const total = Number((await more.textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(10);
  await expect(categories.getByRole('listitem')).toHaveCount(9);
  await more.click();
  await expect(categories.getByRole('listitem')).toHaveCount(total + 1);
  // Nothing is cut off: the legend is no wider than its panel, and its last entry can be scrolled to.
  const clipped = await legend.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(clipped).toBe(false);
  const last = categories.getByRole('listitem').nth(total - 1);
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await categories.getByRole('listitem').first().scrollIntoViewIfNeeded();
  await legend.getByRole('heading', { name: 'Categorie' }).scrollIntoViewIfNeeded();
  await snap(page, 'legend-imported-map');
  await last.scrollIntoViewIfNeeded();
  await snap(page, 'legend-imported-map-end');

  // The legend folds away altogether.
  await legend.getByRole('button', { name: 'Legenda verbergen' }).click();
  await expect(categories).toHaveCount(0);
});
