import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '../fixtures';
import { newMap, quickAdd, snap } from './helpers';

test('autosave state: "Opgeslagen" after an edit; "Niet opgeslagen — Wijkweb probeert het opnieuw" while the disk refuses, then saved again', async ({ page, wijkweb }) => {
  test.setTimeout(60_000);
  await newMap(page, wijkweb.url, 'Lindenhof');
  const note = page.getByTestId('save-state');
  await expect(note).toHaveText('Opgeslagen');
  await quickAdd(page, 'Gemeente Utrecht');
  await expect(note).toHaveText('Opgeslagen');

  // A folder where the map file must go: the OS refuses the write.
  const mapsDir = path.join(wijkweb.dataDir, 'maps');
  const file = fs.readdirSync(mapsDir).find((f) => f.endsWith('.json'));
  if (!file) throw new Error('geen kaartbestand');
  const target = path.join(mapsDir, file);
  fs.rmSync(target);
  fs.mkdirSync(target);
  await quickAdd(page, 'Huiskamer Lindenhof');
  await expect(note).toHaveText('Niet opgeslagen — Wijkweb probeert het opnieuw');
  await snap(page, 'autosave-failing');

  fs.rmdirSync(target); // the cause is gone: the next retry saves
  await expect(note).toHaveText('Opgeslagen', { timeout: 20_000 });
  expect(JSON.parse(fs.readFileSync(target, 'utf8')).actors).toHaveLength(2);
});
