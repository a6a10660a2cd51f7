import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor, createRelation } from '../../../../shared/domain/factories';
import { emptyMap, type MapDocument } from '../../../../shared/domain/map-document';
import { DUTCH_PRINT_LABELS, renderPrint, type PrintOptions } from '../../../../shared/print';
import { lindenhofMap, lindenhofPersonNames } from '../../../helpers/lindenhof-map';

const SAMPLES = join(import.meta.dirname, '..', '..', '..', '..', 'test-results', 'print');

const options = (over: Partial<PrintOptions> = {}): PrintOptions => ({
  paper: 'A4',
  orientation: 'landscape',
  marginMm: 12,
  title: 'Netwerk Lindenhof',
  subtitle: 'Stand van zaken november',
  date: '26 november 2026',
  author: 'Opbouwwerk Samen Sterk',
  note: 'Bron: eigen inventarisatie opbouwwerk',
  anonymise: false,
  visibleIds: null,
  poster: null,
  labels: DUTCH_PRINT_LABELS,
  ...over,
});

const HOSTILE = [
  '<script>alert("x")</script>',
  'Tom & Jerry',
  `O'Brien "de Baas"`,
  'Buurtfeest 🎉🏘️',
  'مسجد النور',
  'Şükrü Öztürk',
  'Zażółć gęślą jaźń',
];

function hostileMap(): MapDocument {
  const doc = emptyMap('m1', 'Kaart <&> "test"', '2026-11-26T00:00:00.000Z');
  const actors = HOSTILE.map((name, i) =>
    createActor({ id: `x${i}`, name, kind: i % 2 ? 'formeel' : 'informeel', category: 'welzijn', position: { x: i * 120, y: (i % 3) * 90 } }),
  );
  const relations = actors.slice(1).map((a, i) => createRelation({ id: `y${i}`, from: actors[i]?.id ?? '', to: a.id, kind: 'verwijzing', directed: true }));
  return { ...doc, actors, relations };
}

/** Parses SVG text as XML the strict way (no HTML recovery): any escaping slip is an error. */
async function parseXml(svg: string): Promise<Document> {
  const { DOMParser } = await import('@xmldom/xmldom');
  const errors: string[] = [];
  const record = (message: string): void => void errors.push(message);
  const parsed = new DOMParser({ errorHandler: { error: record, fatalError: record } }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return parsed as unknown as Document;
}

describe('printing a map as SVG', () => {
  it('gives well-formed SVG in which hostile names stay text, exactly as typed', async () => {
    const [page] = renderPrint(hostileMap(), options({ title: '<b>Titel</b> & "meer"' }));
    const svg = page?.svg ?? '';
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    const xml = await parseXml(svg);
    const texts = Array.from(xml.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    const printed = texts.join(' | ');
    for (const name of HOSTILE) expect(printed).toContain(name.length > 24 ? name.slice(0, 10) : name);
    expect(xml.getElementsByTagName('title')[0]?.textContent).toBe('<b>Titel</b> & "meer"');
    expect(xml.documentElement.getAttribute('width')).toBe('297mm');
    expect(xml.documentElement.getAttribute('height')).toBe('210mm');
    mkdirSync(SAMPLES, { recursive: true });
    writeFileSync(join(SAMPLES, 'vijandige-namen.svg'), svg);
  });

  it('drops characters XML cannot hold instead of breaking the file', async () => {
    const doc = hostileMap();
    const broken = { ...doc, actors: doc.actors.map((a, i) => (i === 0 ? { ...a, name: 'Bel\u0007 \uD800 mij' } : a)) };
    const svg = renderPrint(broken, options())[0]?.svg ?? '';
    await parseXml(svg);
    expect(svg).toContain('Bel  mij');
  });

  it('uses the chosen paper: A3 portrait is 297 × 420 mm', () => {
    const [page] = renderPrint(hostileMap(), options({ paper: 'A3', orientation: 'portrait' }));
    expect(page).toMatchObject({ widthMm: 297, heightMm: 420 });
    expect(page?.svg).toContain('width="297mm" height="420mm"');
  });

  it('shows in the legend only the categories and relation kinds on the printed part', () => {
    const doc = lindenhofMap();
    const svg = renderPrint(doc, options())[0]?.svg ?? '';
    expect(svg).toContain('>Legenda<');
    expect(svg).toContain('>lid-van<');
    const two = new Set(['a1', 'a2']);
    const small = renderPrint(doc, options({ visibleIds: two }))[0]?.svg ?? '';
    expect(small).toContain('>gemeente<');
    expect(small).not.toContain('>zorg<');
    expect(small).not.toContain('Sociaal Wijkteam Lindenhof');
  });

  it('anonymises natural persons consistently and leaves no name, note or id of theirs anywhere', () => {
    const doc = lindenhofMap();
    const persons = lindenhofPersonNames();
    expect(persons.length).toBe(9);
    const title = `Overleg met ${persons[0] ?? ''}`;
    const svg = renderPrint(doc, options({ anonymise: true, title, note: `Gesproken met ${persons[1] ?? ''}` }))[0]?.svg ?? '';
    for (const name of persons) {
      expect(svg).not.toContain(name);
      for (const part of name.split(' ').filter((p) => p.length > 3)) expect(svg.toLowerCase()).not.toContain(part.toLowerCase());
    }
    for (const person of doc.actors.filter((a) => a.isPerson)) {
      expect(svg).not.toContain(person.note);
      expect(svg).not.toContain(`"${person.id}"`);
    }
    expect(svg).toContain('Sleutelfiguur 1');
    expect(svg).toContain('Sleutelfiguur 3');
    expect(svg).toContain('Bewoner 6');
    expect(svg).toContain('Overleg met Sleutelfiguur 1');
    expect(svg).toContain('Personen zijn geanonimiseerd.');
    // Organisations keep their names.
    expect(svg).toContain('Stip Lindenhof');
    mkdirSync(SAMPLES, { recursive: true });
    writeFileSync(join(SAMPLES, 'lindenhof-a4-liggend-anoniem.svg'), svg);
    writeFileSync(join(SAMPLES, 'lindenhof-a4-staand.svg'), renderPrint(doc, options({ orientation: 'portrait' }))[0]?.svg ?? '');
  });

  it('also replaces a person’s name inside an organisation’s name or the map name', () => {
    const base = lindenhofMap();
    const doc = { ...base, name: 'Kaart van Henk de Vries', actors: base.actors.map((a) => (a.id === 'a20' ? { ...a, name: 'Bakkerij van YUSUF DEMIR' } : a)) };
    const svg = renderPrint(doc, options({ anonymise: true, title: '' }))[0]?.svg ?? '';
    expect(svg.toLowerCase()).not.toContain('yusuf');
    expect(svg).not.toContain('Henk');
    expect(svg).toContain('Kaart van Sleutelfiguur 2');
    expect(svg).toMatch(/Bakkerij van Bewoner \d/);
  });

  it('gives the same pseudonyms every time the same map is printed', () => {
    const doc = lindenhofMap();
    const a = renderPrint(doc, options({ anonymise: true }))[0]?.svg;
    const b = renderPrint(doc, options({ anonymise: true, orientation: 'portrait' }))[0]?.svg ?? '';
    const pseudonymsIn = (svg: string): string[] => [...svg.matchAll(/(Bewoner|Sleutelfiguur) \d+/g)].map((m) => m[0]).sort();
    expect(pseudonymsIn(a ?? '')).toEqual(pseudonymsIn(b));
  });

  it('tiles a poster over columns × rows sheets with overlap marks and a caption on each', async () => {
    const doc = lindenhofMap();
    const pages = renderPrint(doc, options({ orientation: 'portrait', poster: { columns: 2, rows: 2, overlapMm: 10 } }));
    expect(pages).toHaveLength(4);
    for (const page of pages) {
      expect(page).toMatchObject({ widthMm: 210, heightMm: 297 });
      await parseXml(page.svg);
      expect(page.svg).toContain('stroke-dasharray="1.5 1"');
    }
    expect(pages[3]?.svg).toContain('Rij 2, kolom 2 (van 2 × 2)');
    pages.forEach((p, i) => writeFileSync(join(SAMPLES, `poster-${i + 1}.svg`), p.svg));
  });

  it('prints an empty map as a page with its title and no legend', () => {
    const svg = renderPrint(emptyMap('e', 'Leeg', 'nu'), options({ title: '' }))[0]?.svg ?? '';
    expect(svg).toContain('>Leeg<');
    expect(svg).not.toContain('Legenda');
  });
});
