import { mkdirSync } from 'node:fs';
import { test, expect, openApp } from './fixtures';

/** Names a resident list or a hostile file could hold; each must show as the text it is. */
const HOSTILE_NAMES = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  'Tom & Jerry "de buren"',
  'مركز الحي ‏(ar)',
  'Ğül Şahin — İnci Łucja Żółć',
  'Familie 👨‍👩‍👧 Bakker',
];

test('hostile names show as plain text, and the page talks to nobody but the local Wijkweb', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  // The local server gets a new port on every start; each of its addresses is local.
  const origins = new Set([new URL(wijkweb.url).origin]);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await page.setViewportSize({ width: 1400, height: 860 });
  await openApp(page, wijkweb.url);
  await page.getByRole('button', { name: 'Nieuwe kaart' }).click();
  await page.getByLabel('Naam van de kaart').fill('<b>Lindenhof</b>');
  await page.getByRole('button', { name: 'Maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '<b>Lindenhof</b>' })).toBeVisible();

  for (const name of HOSTILE_NAMES) {
    await page.getByRole('button', { name: 'Actor toevoegen' }).click();
    const form = page.getByTestId('side-panel');
    await form.getByLabel('Naam', { exact: true }).fill(name);
    await form.getByLabel('Notitie').fill(`<a href="https://example.org">${name}</a>`);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(form.getByRole('heading', { name: 'Actor bewerken' })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByTestId('map-status')).toHaveText(`${HOSTILE_NAMES.length} actoren · 0 relaties`);

  // Every name is listed literally, and no markup from a name became an element.
  const overview = page.getByTestId('side-panel');
  for (const name of HOSTILE_NAMES) await expect(overview.getByText(name, { exact: true })).toBeVisible();
  await expect(page.locator('main img, main script, main b, main a[href^="http"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);

  // Through a restart too: what was stored comes back as the same text.
  await wijkweb.restart();
  origins.add(new URL(wijkweb.url).origin);
  await openApp(page, wijkweb.url);
  await page.getByRole('button', { name: 'Openen' }).first().click();
  for (const name of HOSTILE_NAMES) await expect(page.getByTestId('side-panel').getByText(name, { exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();

  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/hostile-names.png' });

  const local = (url: string): boolean => url.startsWith('data:') || url.startsWith('blob:') || origins.has(new URL(url).origin);
  const outside = requests.filter((url) => !local(url));
  expect(outside, 'verzoeken buiten de lokale Wijkweb-server').toEqual([]);
  expect(requests.length).toBeGreaterThan(5);
  expect([...origins].every((o) => o.startsWith('http://127.0.0.1:'))).toBe(true);
});
