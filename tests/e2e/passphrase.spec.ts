import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from '../../shared/domain/factories';
import { test, expect, openApp } from './fixtures';
import { seedMap } from './seed-map';

const PASS = 'de linde bloeit in juni';
const RESIDENT = 'Fatima Yilmaz';

/** Every file under a folder, recursively. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile());
}

test('a map protected with a passphrase asks for it after a restart: a wrong one is refused at the field, the right one opens', async ({ page, wijkweb }) => {
  mkdirSync('test-results/screenshots', { recursive: true });
  await seedMap(wijkweb.url, 'Lindenhof', {
    actors: [createActor({ id: 'a1', name: RESIDENT, isPerson: true }), createActor({ id: 'a2', name: 'Huiskamer Lindenhof' })],
    relations: [],
  });
  await openApp(page, wijkweb.url);
  await page.getByRole('listitem', { name: 'Lindenhof', exact: true }).getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lindenhof' })).toBeVisible();

  await page.getByRole('button', { name: 'Beveilig met wachtwoord' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kaart beveiligen met een wachtwoord' });
  await expect(dialog).toContainText('ben je het wachtwoord kwijt, dan ben je de kaart kwijt');
  const confirm = dialog.getByRole('button', { name: 'Beveilig de kaart' });
  await dialog.getByLabel('Wachtwoord (minstens 10 tekens)').fill('kort');
  await dialog.getByLabel('Herhaal het wachtwoord').fill('kort');
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Ik begrijp het/ }).check();
  await confirm.click();
  await expect(dialog.getByRole('alert')).toContainText('minstens 10 tekens');
  await dialog.getByLabel('Wachtwoord (minstens 10 tekens)').fill(PASS);
  await dialog.getByLabel('Herhaal het wachtwoord').fill(`${PASS}!`);
  await confirm.click();
  await expect(dialog.getByRole('alert')).toHaveText('De twee wachtwoorden zijn niet gelijk.');
  await dialog.getByLabel('Herhaal het wachtwoord').fill(PASS);
  await page.screenshot({ path: 'test-results/screenshots/passphrase-protect.png' });
  await confirm.click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('De kaart is beveiligd.')).toBeVisible();
  await expect(page.getByText('Beveiligd met wachtwoord')).toBeVisible();

  await wijkweb.restart();
  for (const file of allFiles(wijkweb.dataDir)) expect(readFileSync(file).includes(Buffer.from(RESIDENT)), file).toBe(false);
  await openApp(page, wijkweb.url);
  const card = page.getByRole('listitem', { name: 'Lindenhof', exact: true });
  await expect(card).toContainText('Vergrendeld');
  await expect(card).toContainText('Alleen de naam en de datum zijn leesbaar');
  await page.screenshot({ path: 'test-results/screenshots/passphrase-home-locked.png' });

  await card.getByRole('button', { name: 'Openen' }).click();
  const ask = page.getByRole('dialog', { name: 'Wachtwoord voor "Lindenhof"' });
  await ask.getByLabel('Wachtwoord', { exact: true }).fill('de linde bloeit in juli');
  await ask.getByRole('button', { name: 'Openen' }).click();
  await expect(ask.getByRole('alert')).toHaveText('Het wachtwoord klopt niet.');
  await expect(ask.getByLabel('Wachtwoord', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'test-results/screenshots/passphrase-wrong.png' });
  await ask.getByLabel('Wachtwoord', { exact: true }).fill(PASS);
  await ask.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lindenhof' })).toBeVisible();
  await expect(page.getByText(RESIDENT).first()).toBeVisible();

  const mapHash = new URL(page.url()).hash;
  await page.getByRole('button', { name: 'Vergrendel' }).click();
  await expect(page.getByRole('listitem', { name: 'Lindenhof', exact: true })).toContainText('Vergrendeld');

  // Going straight to the locked map (a bookmark, a reload) asks for the passphrase there too.
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, mapHash);
  const again = page.getByRole('dialog', { name: 'Deze kaart is beveiligd met een wachtwoord' });
  await again.getByLabel('Wachtwoord', { exact: true }).fill(PASS);
  await again.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lindenhof' })).toBeVisible();
  await expect(page.getByText(RESIDENT).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/passphrase-map-sealed.png' });

  // Removing the passphrase asks it once more.
  await page.getByRole('button', { name: 'Wachtwoord verwijderen' }).click();
  const remove = page.getByRole('dialog', { name: 'Wachtwoord van de kaart verwijderen' });
  await remove.getByLabel('Wachtwoord', { exact: true }).fill('niet het wachtwoord');
  await remove.getByRole('button', { name: 'Wachtwoord verwijderen' }).click();
  await expect(remove.getByRole('alert')).toHaveText('Het wachtwoord klopt niet.');
  await remove.getByLabel('Wachtwoord', { exact: true }).fill(PASS);
  await remove.getByRole('button', { name: 'Wachtwoord verwijderen' }).click();
  await expect(page.getByText('Het wachtwoord is verwijderd')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Beveilig met wachtwoord' })).toBeVisible();
});
