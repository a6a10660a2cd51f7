import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '../../shared/domain/map-document';
import { CATEGORY_COLOUR, FALLBACK_CATEGORY_COLOUR } from '../../shared/visual/encoding';
import { lindenhofContent } from '../helpers/lindenhof-map';
import { test, expect, openApp } from './fixtures';
import { rpc, seedMap } from './seed-map';

const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'print');
const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const OWN = [
  { id: 'fonds', label: 'Fonds', colour: '#222255' },
  { id: 'project', label: 'Project', colour: '#6699CC' },
];

/** Lindenhof laid out, with two own categories and the two huiskamers as members of the Regiegroep. */
function content(): { actors: Actor[]; relations: ReturnType<typeof lindenhofContent>['relations'] } {
  const { actors, relations } = lindenhofContent();
  const byName = (name: string) => actors.find((a) => a.name === name);
  const regie = byName('Regiegroep huiskamerprojecten');
  const ster = byName('Huiskamerproject De Ster');
  return {
    relations,
    actors: actors.map((a) => {
      if (a.name === 'Lokaal Coronafonds') return { ...a, category: 'fonds' };
      if (a.name === 'Welzijn op Recept') return { ...a, category: 'project' };
      if (a.name === 'Huiskamerproject De Ster') return { ...a, parentId: regie?.id ?? null };
      // Below De Ster, so the group is a compact box.
      if (a.name === 'Huiskamerproject Het Anker') return { ...a, parentId: regie?.id ?? null, position: ster?.position ? { x: ster.position.x, y: ster.position.y + 110 } : a.position };
      return a;
    }),
  };
}

/** The legend's category rows of a printed sheet: [swatch colour, name]. */
function legendCategories(svg: string): [string, string][] {
  const legend = /<g class="legend"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
  const rows = legend.split('>Categorie</text>')[1]?.split('>Soort relatie</text>')[0] ?? '';
  return [...rows.matchAll(/<rect [^>]*fill="(#[0-9A-F]{6})"[^>]*\/><text [^>]*>([^<]*)<\/text>/g)].map((m) => [m[1] ?? '', m[2] ?? '']);
}

test('print and SVG/PDF use the map’s own colours, group boxes and a legend of exactly the printed categories', async ({ page, wijkweb }) => {
  test.setTimeout(120_000);
  mkdirSync(OUT, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  const map = content();
  const id = await seedMap(wijkweb.url, 'Lindenhof', map);
  await rpc(wijkweb.url, 'map.apply', { id, command: { type: 'vocabulary.set', vocabulary: { categories: OWN, relationKinds: [] } } });
  await page.setViewportSize({ width: 1400, height: 900 });
  await openApp(page, wijkweb.url);
  await page.getByRole('listitem', { name: 'Lindenhof', exact: true }).getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByTestId('map-status')).toHaveText('42 actoren · 66 relaties');
  await page.getByRole('tab', { name: 'Afdrukken' }).click();
  await page.getByLabel('Titel', { exact: true }).fill('Netwerk Lindenhof');

  // SVG: every printed category in the legend once, in its own colour; none grey; the group box drawn.
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'SVG opslaan' }).click();
  const svg = readFileSync(await (await svgDownload).path(), 'utf8');
  const rows = legendCategories(svg);
  // Every actor is printed (a group as a box in its category's colour).
  const printed = new Set(map.actors.map((a) => a.category));
  const own = new Map(OWN.map((e) => [e.id, e]));
  const expected = [...printed].map((c) => own.get(c)?.colour ?? CATEGORY_COLOUR[c] ?? '');
  expect(rows.map(([colour]) => colour).sort()).toEqual([...new Set(expected)].sort());
  expect(rows.map(([, name]) => name)).toEqual(expect.arrayContaining(['Fonds', 'Project', 'Gemeente']));
  expect(rows.some(([colour]) => colour === FALLBACK_CATEGORY_COLOUR)).toBe(false);
  expect(svg).toMatch(/<circle [^>]*fill="#222255"|<rect [^>]*fill="#222255"/);
  expect(svg).toMatch(/<g class="groups"><rect [^>]*fill-opacity="0.1"[^>]*\/><\/g>/);
  expect(svg).toMatch(/<g class="group-names">.*>Regiegroep huiskamerprojecten<\/tspan>/);
  expect(svg).toContain('>Groep met leden</text>');
  writeFileSync(join(OUT, 'lindenhof-own-colours.svg'), svg);

  // PDF through the bridge's Chromium: the same legend as text, and a picture to look at.
  // Headless Chromium makes the PDF; on a busy machine that takes a while.
  const pdfDownload = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'PDF opslaan' }).click();
  const pdfFile = join(OUT, 'lindenhof-own-colours.pdf');
  writeFileSync(pdfFile, readFileSync(await (await pdfDownload).path()));
  const text = execFileSync('pdftotext', ['-raw', pdfFile, '-'], { encoding: 'utf8' });
  for (const word of ['Legenda', 'Fonds', 'Project', 'Groep met leden', 'Regiegroep huiskamerprojecten', 'Netwerk Lindenhof']) expect(text, word).toContain(word);
  execFileSync('pdftoppm', ['-png', '-r', '110', pdfFile, join(SHOTS, 'print-own-colours')]);
});
