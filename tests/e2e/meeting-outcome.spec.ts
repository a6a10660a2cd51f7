import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HUISKAMER_QUESTION as QUESTION, importHuiskamerForceField, openLindenhof } from './open-lindenhof';

const SHOTS = 'test-results/screenshots';
const ADVISEUR = 'Gemeente – beleidsadviseur sociaal domein';
const CORPORATIE = 'Woningcorporatie Thuis aan de Linde';
const PARTICIPANTS = [ADVISEUR, 'Gemeente – wijkmanager Lindenhof', 'Sociaal Wijkteam Lindenhof', CORPORATIE, 'Opbouwwerk Samen Sterk'];

const forceField = (page: Page) => page.getByTestId('forcefield-view');

test('after a meeting linked to the huiskamer force field: notes and two stance changes recorded in one step, Ctrl+Z undoes both', async ({ page, wijkweb }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await openLindenhof(page, wijkweb.url);

  await importHuiskamerForceField(page);

  // A meeting with five participants, linked to the force field.
  await page.getByRole('tab', { name: 'Overleggen' }).click();
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  const form = page.getByRole('form', { name: 'Nieuw overleg' });
  await form.getByLabel('Titel').fill('Overleg toekomst huiskamer');
  await form.getByLabel('Datum').fill('2026-12-03');
  await form.getByLabel('Doel').fill('Steun voor de huiskamer na 2027');
  for (const name of PARTICIPANTS) {
    await form.getByRole('searchbox', { name: 'Deelnemers zoeken' }).fill(name.slice(0, 12));
    await form.getByRole('checkbox', { name, exact: true }).check();
  }
  await form.getByLabel('Krachtenveld').selectOption({ label: QUESTION });
  await form.getByRole('button', { name: 'Overleg opslaan' }).click();

  // The briefing: stance and interest per participant, talking points from the force field.
  const briefing = page.getByRole('article', { name: 'Briefing: Overleg toekomst huiskamer' });
  await expect(briefing).toContainText(QUESTION);
  await expect(briefing).toContainText('Houding -1, invloed 5, belang 3');
  await expect(briefing).toContainText('Houding +2, invloed 3, belang 4');
  await expect(briefing).toContainText(`Win ${ADVISEUR} (houding -1, invloed 5)`);
  await expect(briefing).toContainText('Sociaal Wijkteam Lindenhof staat sterk achter de vraag');

  // After the meeting: notes and two stance changes, recorded as one step.
  const outcome = page.getByRole('form', { name: 'Na het overleg' });
  await outcome.getByLabel('Aantekeningen na het overleg').fill('Gemeente wil eerst bezoekcijfers zien; corporatie biedt ruimte aan.');
  await expect(outcome.getByLabel(`Houding van ${ADVISEUR} na het overleg`)).toHaveValue('-1');
  await outcome.getByLabel(`Houding van ${ADVISEUR} na het overleg`).selectOption('0');
  await outcome.getByLabel(`Houding van ${CORPORATIE} na het overleg`).selectOption('1');
  await outcome.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/meeting-outcome.png` });
  await outcome.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Vastgelegd' })).toHaveText(
    'Vastgelegd: aantekeningen en 2 houdingen. Ongedaan maken (Ctrl+Z) neemt alles in één stap terug.',
  );
  await expect(briefing).toContainText('Gemeente wil eerst bezoekcijfers zien');
  await expect(briefing).not.toContainText(`Win ${ADVISEUR} (houding -1`);

  // The force field has the new stances.
  await page.getByRole('tab', { name: 'Krachtenveld' }).click();
  await forceField(page).getByRole('tab', { name: 'Tabel' }).click();
  await expect(forceField(page).getByLabel(`Houding van ${ADVISEUR}`)).toHaveValue('0');
  await expect(forceField(page).getByLabel(`Houding van ${CORPORATIE}`)).toHaveValue('1');

  // One Ctrl+Z takes back both stances and the notes.
  await page.getByRole('tab', { name: 'Overleggen' }).click();
  await page.getByRole('heading', { name: 'Na het overleg' }).click();
  await page.keyboard.press('Control+z');
  await expect(outcome.getByLabel(`Houding van ${ADVISEUR} na het overleg`)).toHaveValue('-1');
  await expect(outcome.getByLabel(`Houding van ${CORPORATIE} na het overleg`)).toHaveValue('0');
  await expect(outcome.getByLabel('Aantekeningen na het overleg')).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: 'Vastgelegd' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Krachtenveld' }).click();
  await forceField(page).getByRole('tab', { name: 'Tabel' }).click();
  await expect(forceField(page).getByLabel(`Houding van ${ADVISEUR}`)).toHaveValue('-1');
  await expect(forceField(page).getByLabel(`Houding van ${CORPORATIE}`)).toHaveValue('0');
});
