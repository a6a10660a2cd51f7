import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp } from '../fixtures';

/** Opens the app, makes a new map with this name and waits for its (empty) map screen. */
export async function newMap(page: Page, url: string, name: string): Promise<void> {
  await page.setViewportSize({ width: 1400, height: 860 });
  await openApp(page, url);
  await page.getByRole('button', { name: 'Nieuwe kaart' }).click();
  await page.getByLabel('Naam van de kaart').fill(name);
  await page.getByRole('button', { name: 'Maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Types lines into the quick-add box, one Enter each, waiting for each to be added. */
export async function quickAdd(page: Page, ...lines: string[]): Promise<void> {
  const box = page.getByLabel('Snel toevoegen');
  for (const line of lines) {
    const before = await page.getByTestId('map-status').textContent();
    await box.fill(line);
    await box.press('Enter');
    await expect(box).toHaveValue('');
    await expect(page.getByTestId('map-status')).not.toHaveText(before ?? '');
  }
}

/** Saves a screenshot of what the user sees under test-results/screenshots/<name>.png. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}

/** Adds a relation through the side-panel form ("Relatie toevoegen"). */
export async function addRelation(page: Page, from: string, to: string, kind: string): Promise<void> {
  await page.getByRole('button', { name: 'Relatie toevoegen' }).click();
  const form = page.getByTestId('side-panel');
  await expect(form.getByRole('heading', { name: 'Nieuwe relatie' })).toBeVisible();
  await form.getByLabel('Van', { exact: true }).selectOption({ label: from });
  await form.getByLabel('Naar', { exact: true }).selectOption({ label: to });
  await form.getByLabel('Soort relatie').selectOption({ label: kind });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByRole('heading', { name: 'Relatie bewerken' })).toBeVisible();
}
