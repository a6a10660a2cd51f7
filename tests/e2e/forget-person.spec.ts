import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLindenhofMap, rpc } from './seed-map';
import { test, expect, openApp } from './fixtures';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

test('Verwijder persoon: two confirmations, then the name is gone from every file in the data folder', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  mkdirSync(SHOTS, { recursive: true });
  const id = await createLindenhofMap(wijkweb.url);
  await rpc(wijkweb.url, 'snapshots.create', { mapId: id, name: 'Begin', date: '2026-01-10', note: 'met Henk de Vries' });
  const state = await rpc<{ doc: { actors: { id: string; name: string }[] } }>(wijkweb.url, 'map.open', { id });
  const ria = state.doc.actors.find((a) => a.name === 'Ria Jansen');
  await rpc(wijkweb.url, 'map.apply', { id, command: { type: 'actor.update', id: ria?.id, patch: { note: 'Kent Henk de Vries al jaren' } } });

  await page.setViewportSize({ width: 1400, height: 900 });
  await openApp(page, wijkweb.url);
  await page.getByRole('listitem', { name: 'Lindenhof', exact: true }).getByRole('button', { name: 'Openen' }).click();
  const panel = page.getByTestId('side-panel');
  // An organisation has no "Verwijder persoon": only natural persons do.
  await panel.getByRole('button', { name: 'Buurthuis De Schakel', exact: true }).click();
  await expect(panel.getByLabel('Naam')).toHaveValue('Buurthuis De Schakel');
  await expect(panel.getByRole('button', { name: 'Verwijder persoon (AVG)' })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Sluiten' }).click();

  await panel.getByRole('button', { name: 'Henk de Vries', exact: true }).click();
  await panel.getByRole('button', { name: 'Verwijder persoon (AVG)' }).click();
  const first = page.getByRole('dialog', { name: 'Henk de Vries volledig verwijderen?' });
  await expect(first).toContainText('relaties');
  await page.screenshot({ path: join(SHOTS, 'forget-person-step1.png') });
  await first.getByRole('button', { name: 'Verder' }).click();

  const second = page.getByRole('dialog', { name: /kan niet ongedaan worden gemaakt/ });
  await expect(second).toContainText('1 momentopname');
  await expect(second).toContainText('reservekopie');
  await expect(second).toContainText('Ongedaan maken van deze kaart wordt gewist');
  await page.screenshot({ path: join(SHOTS, 'forget-person-step2.png') });
  await second.getByRole('button', { name: 'Definitief vergeten' }).click();

  await expect(page.getByText(/Henk de Vries is vergeten/)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Henk de Vries', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeDisabled();
  await page.screenshot({ path: join(SHOTS, 'forget-person-done.png') });

  await wijkweb.restart();
  const mentioning = allFiles(wijkweb.dataDir).filter((f) => readFileSync(f, 'utf8').includes('Henk de Vries'));
  expect(mentioning).toEqual([]);
  expect(allFiles(wijkweb.dataDir).filter((f) => readFileSync(f, 'utf8').includes('Ria Jansen')).length).toBeGreaterThan(1);
});
