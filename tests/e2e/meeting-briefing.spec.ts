import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lindenhofContent } from '../helpers/lindenhof-map';
import { test, expect } from './fixtures';
import { openLindenhof } from './open-lindenhof';

const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'print');
const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const PARTICIPANTS = [
  'Gemeente – wijkmanager Lindenhof',
  'Opbouwwerk Samen Sterk',
  'Woningcorporatie Thuis aan de Linde',
  'Henk de Vries',
  'Ria Jansen',
];

test('meeting with 5 participants: contact log, briefing on screen and printed to A4', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  mkdirSync(OUT, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  await openLindenhof(page, wijkweb.url, lindenhofContent());
  await page.getByRole('tab', { name: 'Overleggen' }).click();
  await expect(page.getByText('Nog geen overleggen.')).toBeVisible();

  // A contact with Henk, with a follow-up: it shows in the open follow-ups and later in the briefing.
  await page.getByLabel('Met wie').selectOption({ label: 'Henk de Vries' });
  await page.getByLabel('Datum', { exact: true }).first().fill('2026-11-12');
  await page.getByLabel('Soort contact').selectOption({ label: 'Bezoek' });
  await page.getByLabel('Wat is er gebeurd').fill('Liften bekeken met de bewonerscommissie');
  await page.getByLabel('Vervolgafspraak').fill('Foto’s van de liften sturen');
  await page.getByLabel('Uiterlijk').fill('2026-11-30');
  await page.getByRole('button', { name: 'Contact vastleggen' }).click();
  await expect(page.getByTestId('open-follow-ups')).toContainText('Henk de Vries: Foto’s van de liften sturen');

  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  const form = page.getByRole('form', { name: 'Nieuw overleg' });
  await form.getByRole('button', { name: 'Overleg opslaan' }).click();
  await expect(form.getByRole('alert')).toHaveText('Geef het overleg een titel.');
  await form.getByLabel('Titel').fill('Overleg liften Lindenflat');
  await form.getByLabel('Datum').fill('2026-12-03');
  await form.getByLabel('Plaats').fill('Buurthuis De Schakel');
  await form.getByLabel('Doel').fill('Afspraken over het onderhoud van de liften');
  for (const name of PARTICIPANTS) {
    await form.getByRole('searchbox', { name: 'Deelnemers zoeken' }).fill(name.slice(0, 12));
    await form.getByRole('checkbox', { name, exact: true }).check();
  }
  await expect(form).toContainText('5 deelnemers gekozen');
  await page.screenshot({ path: join(SHOTS, 'meeting-form.png') });
  await form.getByRole('button', { name: 'Overleg opslaan' }).click();

  const briefing = page.getByRole('article', { name: 'Briefing: Overleg liften Lindenflat' });
  await expect(briefing).toBeVisible();
  await expect(briefing).toContainText('Afspraken over het onderhoud van de liften');
  await expect(briefing).toContainText('Woningcorporatie Thuis aan de Linde (Spanning / conflict – spanning)');
  await expect(briefing).toContainText('Er is spanning tussen Woningcorporatie Thuis aan de Linde en Henk de Vries');
  await expect(briefing).toContainText('2026-11-12 Bezoek: Liften bekeken met de bewonerscommissie');
  await expect(briefing).toContainText('Openstaande afspraak met Henk de Vries: Foto’s van de liften sturen (voor 2026-11-30)');
  await expect(briefing.getByRole('img', { name: /Netwerk van \d+ actoren/ })).toBeVisible();
  await briefing.getByRole('heading', { name: 'Gesprekspunten' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'meeting-briefing.png') });

  const file = join(OUT, 'briefing-e2e-a4.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of [
    'Briefing: Overleg liften Lindenflat',
    '2026-12-03 · Buurthuis De Schakel',
    'Afspraken over het onderhoud van de liften',
    ...PARTICIPANTS,
    'Gedeelde contacten die kunnen helpen',
    'Gesprekspunten',
    'Er is spanning tussen Woningcorporatie Thuis aan de Linde en Henk de Vries',
  ]) {
    expect(text, expected).toContain(expected);
  }
  expect(text).not.toContain('Contactlog');
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(SHOTS, 'briefing-pdf')]);

  // Marking the follow-up done takes it off the open list; undo brings it back.
  await page.getByRole('button', { name: 'Gedaan: Foto’s van de liften sturen' }).click();
  await expect(page.getByText('Geen openstaande vervolgafspraken.')).toBeVisible();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByTestId('open-follow-ups')).toContainText('Foto’s van de liften sturen');
});
