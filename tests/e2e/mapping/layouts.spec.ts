import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { newMap, quickAdd, snap } from './helpers';
import { applyLayout } from '../apply-layout';

type Point = { x: number; y: number };
const at = (page: Page, name: string) => page.evaluate((n) => window.__wijkwebCanvas?.position(n) ?? null, name) as Promise<Point | null>;
const NAMES = ['Gemeente Utrecht', 'Wijkteam Lindenhof', 'Portaal woningcorporatie', 'Fatima bewoner informeel', 'Huiskamer Lindenhof', 'Ahmed bewoner informeel', 'GGD regio Utrecht'];
const SHOWN = ['Gemeente Utrecht', 'Wijkteam Lindenhof', 'Portaal', 'Fatima', 'Huiskamer Lindenhof', 'Ahmed', 'GGD regio Utrecht'];

async function all(page: Page): Promise<Map<string, Point>> {
  const out = new Map<string, Point>();
  for (const n of SHOWN) out.set(n, (await at(page, n))!);
  return out;
}

test('layouts: rings (formal outside, informal inside), grouped by category, keep my positions; animated and undoable', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  await newMap(page, wijkweb.url, 'Lindenhof');
  await quickAdd(page, ...NAMES);
  await page.getByTestId('side-panel').getByRole('button', { name: 'Sluiten' }).click();
  const before = await all(page);

  await applyLayout(page, 'Ringen: formeel buiten, informeel binnen');
  await expect(page.getByText('Indeling toegepast').first()).toBeVisible();
  const ringsPos = await all(page);
  const c = { x: [...ringsPos.values()].reduce((s, p) => s + p.x, 0) / 7, y: [...ringsPos.values()].reduce((s, p) => s + p.y, 0) / 7 };
  const d = (n: string) => Math.hypot(ringsPos.get(n)!.x - c.x, ringsPos.get(n)!.y - c.y);
  expect(Math.max(d('Fatima'), d('Huiskamer Lindenhof'), d('Ahmed'))).toBeLessThan(Math.min(d('Gemeente Utrecht'), d('Portaal'), d('GGD regio Utrecht')));

  // One Ctrl+Z puts everyone back.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await at(page, 'Fatima'))?.x).toBe(before.get('Fatima')!.x);

  await applyLayout(page, 'Groepen per categorie');
  // Wait until the animation has ended and the move is stored (Redo is gone again).
  await expect(page.getByRole('button', { name: 'Opnieuw' })).toBeDisabled();
  await page.getByRole('button', { name: 'Passend maken' }).click();
  await snap(page, 'map-grouped-layout');
  const grouped = await all(page);
  const gap = (a: string, b: string) => Math.hypot(grouped.get(a)!.x - grouped.get(b)!.x, grouped.get(a)!.y - grouped.get(b)!.y);
  expect(gap('Fatima', 'Ahmed')).toBeLessThan(gap('Fatima', 'Gemeente Utrecht'));

  // Keep my positions: only the selected actor moves.
  await page.getByTestId('side-panel').getByRole('button', { name: 'Ahmed', exact: true }).click();
  await page.getByRole('button', { name: 'Indeling', exact: true }).click();
  const keep = page.getByRole('menuitemcheckbox', { name: 'Mijn posities houden (alleen gekozen en nieuwe actoren verplaatsen)' });
  await keep.click();
  // The option stays in the open menu, ticked; picking the layout then applies it.
  await expect(keep).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('menuitem', { name: 'Ringen: meeste invloed in het midden' }).click();
  await expect.poll(async () => (await at(page, 'Ahmed'))?.x).not.toBe(grouped.get('Ahmed')!.x);
  const kept = await all(page);
  for (const n of SHOWN.filter((x) => x !== 'Ahmed')) expect(kept.get(n)).toEqual(grouped.get(n));
});
