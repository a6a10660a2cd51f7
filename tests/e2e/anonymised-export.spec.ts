import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download } from '@playwright/test';
import { createLindenhofMap } from './seed-map';
import { lindenhofPersonNames } from '../helpers/lindenhof-map';
import { test, expect, openApp } from './fixtures';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

test('export with Anonimiseren: the downloaded CSV and .wijkweb files hold none of the 9 persons', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  mkdirSync(SHOTS, { recursive: true });
  const persons = lindenhofPersonNames();
  expect(persons).toHaveLength(9);
  await createLindenhofMap(wijkweb.url);
  await page.setViewportSize({ width: 1400, height: 900 });
  await openApp(page, wijkweb.url);
  await page.getByRole('listitem', { name: 'Lindenhof', exact: true }).getByRole('button', { name: 'Openen' }).click();

  const texts: string[] = [];
  for (const [label, count] of [['CSV voor Excel (.csv)', 2], ['Wijkweb (.wijkweb)', 1]] as const) {
    await page.getByRole('button', { name: 'Exporteren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kaart exporteren' });
    await dialog.getByLabel('Formaat').selectOption({ label });
    await dialog.getByLabel('Anonimiseren').check();
    if (count === 2) await page.screenshot({ path: join(SHOTS, 'export-anonymise.png') });
    const downloads: Download[] = [];
    const listener = (d: Download) => downloads.push(d);
    page.on('download', listener);
    await dialog.getByRole('button', { name: 'Downloaden' }).click();
    await expect.poll(() => downloads.length).toBe(count);
    page.off('download', listener);
    for (const d of downloads) {
      expect(d.suggestedFilename()).toMatch(/^Lindenhof-anoniem/);
      texts.push(readFileSync(await d.path(), 'utf8'));
    }
  }
  const all = texts.join('\n');
  expect(persons.filter((name) => all.toLowerCase().includes(name.toLowerCase()))).toEqual([]);
  expect(all).toContain('Sleutelfiguur 1');
  expect(all).toContain('Buurthuis De Schakel');
});
