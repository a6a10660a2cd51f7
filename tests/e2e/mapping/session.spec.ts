import { test, expect } from '../fixtures';
import { newMap, quickAdd, snap } from './helpers';

test('session mode: large and simple, no side panel with notes; ending it brings the tools back', async ({ page, wijkweb }) => {
  await newMap(page, wijkweb.url, 'Lindenhof');
  await quickAdd(page, 'Gemeente Utrecht', 'Fatima bewoner informeel', 'Huiskamer Lindenhof');
  const panel = page.getByTestId('side-panel');
  await panel.getByLabel('Notitie').fill('Privé: belt liever na 18 uur');
  await panel.getByRole('button', { name: 'Opslaan' }).click();

  await page.getByRole('button', { name: 'Sessiemodus' }).click();
  await expect(page.getByRole('group', { name: 'Sessiemodus: groot en eenvoudig, zonder notities of contactgegevens' })).toBeVisible();
  await expect(page.getByTestId('side-panel')).toHaveCount(0);
  await expect(page.getByText('Privé: belt liever na 18 uur')).toHaveCount(0);
  await expect(page.getByLabel('Snel toevoegen')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Actor toevoegen' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Passend maken' }).click();
  await snap(page, 'session-mode');

  await page.getByRole('button', { name: 'Sessie beëindigen' }).click();
  await expect(page.getByTestId('side-panel')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Actor toevoegen' })).toBeVisible();
});
