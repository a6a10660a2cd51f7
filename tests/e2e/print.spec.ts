import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { lindenhofContent, lindenhofPersonNames } from '../helpers/lindenhof-map';
import { openLindenhof } from './open-lindenhof';
import { pdfBytesAsText } from './pdf-bytes';
import { pngChunks, pngMetadataText } from './png-chunks';
import { test, expect } from './fixtures';

const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'print');
const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** Opens the Lindenhof map (seeded with the print helper's layout) on its Afdrukken tab. */
async function openPrintView(page: Page, url: string): Promise<void> {
  await openLindenhof(page, url, lindenhofContent());
  await page.getByRole('tab', { name: 'Afdrukken' }).click();
  await expect(page.getByRole('form', { name: 'Instellingen voor de afdruk' })).toBeVisible();
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
}

test('print the Lindenhof map: preview, PDF with title, legend and names; A3 page size', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  mkdirSync(OUT, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  await openPrintView(page, wijkweb.url);

  await page.getByLabel('Titel', { exact: true }).fill('Netwerk Lindenhof');
  await page.getByLabel('Ondertitel').fill('Voor het teamoverleg');
  await page.getByLabel('Auteur / organisatie').fill('Opbouwwerk Samen Sterk');
  await page.getByLabel('Notitie of bron').fill('Bron: inventarisatie 2026');
  await page.getByLabel('Papier').selectOption('A3');
  await page.getByRole('radio', { name: 'Liggend' }).check();
  await expect(page.getByTestId('print-meta')).toHaveText('1 vel A3 liggend');
  await expect(page.getByRole('img', { name: /Voorbeeld van vel 1 van 1: Netwerk Lindenhof/ })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'print-view.png') });

  const file = join(OUT, 'lindenhof-e2e-a3-liggend.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+1\n/);
  expect(info).toMatch(/Page size:\s+1191(\.\d+)? x 841(\.\d+)? pts \(A3\)/);
  const text = pdfText(file);
  for (const expected of ['Netwerk Lindenhof', 'Voor het teamoverleg', 'Opbouwwerk Samen Sterk', 'Bron: inventarisatie 2026', 'Legenda', 'Gemeente', 'Samenwerking', 'Lid van', 'Stip Lindenhof', 'Henk de Vries']) {
    expect(text, expected).toContain(expected);
  }
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(SHOTS, 'print-pdf-a3')]);
});

test('anonymised print: no person from actoren.csv in the PDF text or bytes; poster of 2 × 2 A4 sheets', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  mkdirSync(OUT, { recursive: true });
  await openPrintView(page, wijkweb.url);

  const persons = lindenhofPersonNames();
  expect(persons).toHaveLength(9);
  await page.getByLabel('Titel', { exact: true }).fill(`Lindenhof, gesprek met ${persons[1] ?? ''}`);
  await page.getByRole('checkbox', { name: 'Personen anonimiseren' }).check();
  await page.getByRole('radio', { name: 'Staand' }).check();
  await expect(page.getByRole('img', { name: /Voorbeeld van vel 1 van 1: Lindenhof, gesprek met Sleutelfiguur 2/ })).toBeVisible();

  const file = join(OUT, 'lindenhof-e2e-a4-staand-anoniem.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
  const text = pdfText(file);
  const bytes = pdfBytesAsText(file);
  const meta = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  for (const name of persons) {
    expect(text, name).not.toContain(name);
    for (const part of name.split(' ').filter((p) => p.length > 3)) {
      expect(text.toLowerCase(), part).not.toContain(part.toLowerCase());
      expect(bytes, part).not.toContain(part);
      expect(meta, part).not.toContain(part);
    }
  }
  for (const expected of ['Sleutelfiguur 1', 'Bewoner 1', 'Personen zijn geanonimiseerd.', 'Stip Lindenhof']) expect(text, expected).toContain(expected);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(SHOTS, 'print-pdf-anoniem')]);

  // Poster mode: four A4 sheets, each with its caption.
  await page.getByRole('checkbox', { name: 'Poster: over meerdere A4-vellen' }).check();
  await expect(page.getByTestId('print-meta')).toHaveText('4 vellen A4 staand');
  await page.screenshot({ path: join(SHOTS, 'print-poster.png') });
  const poster = join(OUT, 'lindenhof-e2e-poster-2x2.pdf');
  writeFileSync(poster, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(execFileSync('pdfinfo', [poster], { encoding: 'utf8' })).toMatch(/Pages:\s+4\n/);
  const posterText = pdfText(poster);
  expect(posterText).toContain('Rij 2, kolom 2 (van 2 × 2)');
  for (const name of persons) expect(posterText).not.toContain(name);
});

test('SVG and PDF download from the print view; a too large PNG gets a clear message', async ({ page, wijkweb }) => {
  test.setTimeout(90_000);
  mkdirSync(OUT, { recursive: true });
  await openPrintView(page, wijkweb.url);
  await page.getByRole('checkbox', { name: 'Personen anonimiseren' }).check();

  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'SVG opslaan' }).click();
  const svgFile = await (await svgDownload).path();
  const svg = readFileSync(svgFile, 'utf8');
  expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  for (const name of lindenhofPersonNames()) expect(svg).not.toContain(name);

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF opslaan' }).click();
  const pdfFile = await (await pdfDownload).path();
  expect(readFileSync(pdfFile).subarray(0, 5).toString()).toBe('%PDF-');
  writeFileSync(join(OUT, 'lindenhof-e2e-bridge-anoniem.pdf'), readFileSync(pdfFile));
  const text = pdfText(pdfFile);
  expect(text).toContain('Sleutelfiguur 1');
  const bytes = pdfBytesAsText(pdfFile);
  const meta = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
  for (const name of lindenhofPersonNames()) {
    expect(text).not.toContain(name);
    expect(bytes).not.toContain(name);
    expect(meta).not.toContain(name);
  }

  const pngDownload = page.waitForEvent('download');
  await page.getByLabel('Resolutie PNG').selectOption('150');
  await page.getByRole('button', { name: 'PNG opslaan' }).click();
  const png = readFileSync(await (await pngDownload).path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(1754); // 297 mm at 150 dpi
  expect(png.readUInt32BE(20)).toBe(1240);
  // PNG metadata (text chunks) and the file's own bytes hold no person either.
  expect(pngChunks(png).map((c) => c.type)).toContain('IDAT');
  const pngMeta = pngMetadataText(png);
  for (const name of lindenhofPersonNames()) {
    expect(pngMeta).not.toContain(name);
    expect(png.toString('utf8')).not.toContain(name);
  }

  await page.getByLabel('Papier').selectOption('A3');
  await page.getByLabel('Resolutie PNG').selectOption('600');
  await page.getByRole('button', { name: 'PNG opslaan' }).click();
  await expect(page.getByText(/Deze PNG zou 9921 × 7016 pixels worden; .* Kies \d+ dpi of minder/)).toBeVisible();
});
