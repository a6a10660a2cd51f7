import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Actor, Relation } from '../../shared/domain/map-document';
import { LINDENHOF_DIR, lindenhof } from '../support/lindenhof-fixture';
import { expect, openApp } from './fixtures';
import { seedMap } from './seed-map';

/** The question of the huiskamer force field in the Lindenhof fixture. */
export const HUISKAMER_QUESTION = 'De huiskamer Lindenhof blijft open na 2027';

/**
 * Puts the Lindenhof map (or other content) in the app's data folder, opens the app at 1400 × 900
 * and opens the map, as a user would; resolves with the map id once the status line counts it.
 */
export async function openLindenhof(page: Page, appUrl: string, content: { readonly actors: readonly Actor[]; readonly relations: readonly Relation[] } = lindenhof()): Promise<string> {
  const id = await seedMap(appUrl, 'Lindenhof', content);
  await page.setViewportSize({ width: 1400, height: 900 });
  await openApp(page, appUrl);
  await page.getByRole('listitem', { name: 'Lindenhof', exact: true }).getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByTestId('map-status')).toHaveText(`${content.actors.length} actoren · ${content.relations.length} relaties`);
  return id;
}

/** Imports the huiskamer force field from the fixture CSV through the Krachtenveld tab. */
export async function importHuiskamerForceField(page: Page): Promise<void> {
  const view = page.getByTestId('forcefield-view');
  await page.getByRole('tab', { name: 'Krachtenveld' }).click();
  await view.getByRole('button', { name: 'Importeer CSV' }).click();
  await view.getByLabel('CSV-bestand').setInputFiles(join(LINDENHOF_DIR, 'krachtenveld-huiskamer.csv'));
  await view.getByLabel('Vraag of doel').last().fill(HUISKAMER_QUESTION);
  await view.getByRole('button', { name: 'Importeren' }).click();
  await expect(view.getByText('12 actoren geïmporteerd uit krachtenveld-huiskamer.csv.')).toBeVisible();
}
