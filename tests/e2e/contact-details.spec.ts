import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { createLindenhofMap } from './seed-map';
import { test, expect, openApp } from './fixtures';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

async function exportCsv(page: Page, choices: { anonymise: boolean; contactDetails: boolean }): Promise<string> {
  await page.getByRole('button', { name: 'Exporteren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kaart exporteren' });
  await dialog.getByLabel('Formaat').selectOption({ label: 'CSV voor Excel (.csv)' });
  await dialog.getByLabel('Anonimiseren').setChecked(choices.anonymise);
  await dialog.getByLabel('Contactgegevens en adressen meenemen').setChecked(choices.contactDetails);
  const downloads: Download[] = [];
  const listener = (d: Download) => downloads.push(d);
  page.on('download', listener);
  await dialog.getByRole('button', { name: 'Downloaden' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  page.off('download', listener);
  const texts = await Promise.all(downloads.map(async (d) => readFileSync(await d.path(), 'utf8')));
  return texts.join('\n');
}

test('a resident’s phone, e-mail and address: entered in the form, exported only when asked, never when anonymised', async ({ page, wijkweb }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await createLindenhofMap(wijkweb.url);
  await page.setViewportSize({ width: 1400, height: 900 });
  await openApp(page, wijkweb.url);
  await page.getByRole('listitem', { name: 'Lindenhof', exact: true }).getByRole('button', { name: 'Openen' }).click();
  const panel = page.getByTestId('side-panel');
  await panel.getByRole('button', { name: 'Henk de Vries', exact: true }).click();
  const contact = panel.getByRole('group', { name: 'Contactgegevens' });
  const address = panel.getByRole('group', { name: 'Adres' });
  await contact.getByLabel('Telefoon').fill('06-48271953');
  await contact.getByLabel('E-mail').fill('henk.devries@voorbeeld.nl');
  await address.getByLabel('Straat en huisnummer').fill('Lindenlaan 17');
  await address.getByLabel('Postcode').fill('3524 KX');
  await address.getByLabel('Plaats').fill('Utrecht');
  await address.getByLabel('Plaats').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'actor-form-contact-details.png') });
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await panel.getByRole('button', { name: 'Sluiten' }).click();
  await panel.getByRole('button', { name: 'Henk de Vries', exact: true }).click();
  await expect(panel.getByLabel('Telefoon')).toHaveValue('06-48271953');
  await panel.getByRole('button', { name: 'Sluiten' }).click();

  await page.getByRole('tab', { name: 'Tabel' }).click();
  await expect(page.getByLabel('Telefoon van Henk de Vries')).toHaveValue('06-48271953');
  await page.screenshot({ path: join(SHOTS, 'table-contact-columns.png') });
  await page.getByRole('tab', { name: 'Kaart' }).click();

  const secrets = ['06-48271953', 'henk.devries@voorbeeld.nl', 'Lindenlaan 17', '3524 KX'];
  const plain = await exportCsv(page, { anonymise: false, contactDetails: false });
  expect(secrets.filter((s) => plain.includes(s))).toEqual([]);
  const asked = await exportCsv(page, { anonymise: false, contactDetails: true });
  expect(secrets.filter((s) => asked.includes(s))).toEqual(secrets);
  const anonymous = await exportCsv(page, { anonymise: true, contactDetails: true });
  expect(secrets.filter((s) => anonymous.includes(s))).toEqual([]);
  expect(anonymous).not.toContain('Henk de Vries');
});
