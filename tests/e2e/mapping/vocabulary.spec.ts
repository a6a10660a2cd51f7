import { test, expect } from '../fixtures';
import { addRelation, newMap, quickAdd, snap } from './helpers';

test('own vocabulary: add, rename and recolour categories and relation kinds; forms, legend and filters follow', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  await newMap(page, wijkweb.url, 'Lindenhof');
  await quickAdd(page, 'Gemeente Utrecht', 'Voetbalclub Lindenhof');
  await addRelation(page, 'Gemeente Utrecht', 'Voetbalclub Lindenhof', 'Overleg');

  await page.getByRole('tab', { name: 'Woordenlijst' }).click();
  // Add a category; an empty or existing name is refused at the field.
  const newCategory = page.getByLabel('Nieuwe categorie');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).first().click();
  await expect(page.getByRole('alert').filter({ hasText: 'Geef een naam.' })).toBeVisible();
  await newCategory.fill('gemeente');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).first().click();
  await expect(page.getByRole('alert').filter({ hasText: 'Die naam bestaat al in deze lijst.' })).toBeVisible();
  await newCategory.fill('Buurtsport');
  await page.getByLabel('Kleur van de nieuwe').first().fill('#3366cc');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).first().click();
  await expect(page.getByLabel('Naam van Buurtsport')).toHaveValue('Buurtsport');
  await expect(page.getByLabel('Kleur van Buurtsport')).toHaveValue('#3366cc');

  // Rename a relation kind and recolour a category.
  await page.getByLabel('Naam van Overleg').fill('Wijkoverleg');
  await page.getByLabel('Naam van Overleg').press('Enter');
  await expect(page.getByLabel('Naam van Wijkoverleg')).toBeVisible();
  await page.getByLabel('Kleur van Gemeente').fill('#222222');
  await page.getByLabel('Kleur van Gemeente').blur();
  await expect(page.getByLabel('Kleur van Gemeente')).toHaveValue('#222222');
  await snap(page, 'vocabulary');

  // The actor form offers the new category; the legend and the filter name it.
  await page.getByRole('tab', { name: 'Kaart' }).click();
  const panel = page.getByTestId('side-panel');
  await panel.getByRole('button', { name: 'Sluiten' }).click();
  await panel.getByRole('button', { name: 'Voetbalclub Lindenhof', exact: true }).click();
  await panel.getByLabel('Categorie').selectOption({ label: 'Buurtsport' });
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  const legend = page.getByTestId('legend');
  await expect(legend).toContainText('Buurtsport');
  await expect(legend).toContainText('Wijkoverleg');
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Filter op de kaart' }).getByLabel('Buurtsport')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Filter op de kaart' }).getByLabel('Wijkoverleg')).toBeVisible();

  // Undo the category change of the actor, then the rename: the default name is back.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(legend).toContainText('Overleg');
  await expect(legend).not.toContainText('Wijkoverleg');
});
