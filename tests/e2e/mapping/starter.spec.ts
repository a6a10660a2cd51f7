import { test, expect } from '../fixtures';
import { newMap, snap } from './helpers';

test('starter set: tick common wijk actors, name them, add all in one undoable step', async ({ page, wijkweb }) => {
  await newMap(page, wijkweb.url, 'Lindenhof');
  await page.getByRole('button', { name: 'Begin met een startset' }).click();
  const dialog = page.getByRole('dialog', { name: 'Startset: actoren die bijna elke wijk heeft' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '0 actoren toevoegen' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Vink minstens één actor aan.');

  await dialog.getByLabel('Sociaal wijkteam toevoegen').check();
  await dialog.getByLabel('GGD toevoegen').check();
  // Typing a name ticks the row.
  await dialog.getByLabel('Naam voor Wijkagent').fill('Wijkagent Jan de Vries');
  await expect(dialog.getByLabel('Wijkagent toevoegen')).toBeChecked();
  await dialog.getByLabel('Naam voor GGD').fill(' ');
  await dialog.getByRole('button', { name: '3 actoren toevoegen' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Geef ‘GGD’ een naam, of vink hem uit.');
  await dialog.getByLabel('Naam voor GGD').fill('GGD regio Utrecht');
  await snap(page, 'starter-set');
  await dialog.getByRole('button', { name: '3 actoren toevoegen' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('map-status')).toHaveText('3 actoren · 0 relaties');
  const panel = page.getByTestId('side-panel');
  await panel.getByRole('button', { name: 'Wijkagent Jan de Vries', exact: true }).click();
  await expect(panel.getByLabel('Categorie')).toHaveValue('veiligheid');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByTestId('map-status')).toHaveText('0 actoren · 0 relaties');
});
