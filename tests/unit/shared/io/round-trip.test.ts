import { describe, expect, it } from 'vitest';
import { exportMap, type ExportFormat } from '../../../../shared/io/export/index';
import { importAsNewMap, richMap, textFile } from './io-helpers';

function roundTrip(format: ExportFormat) {
  const doc = richMap();
  const files = exportMap(doc, format).map((f) => textFile(`kaart${f.suffix}.${f.extension}`, f.text));
  // Read back keeping the categories as written (the map's own "steunpunt" would otherwise join "welzijn").
  return { before: doc, after: importAsNewMap(files, false, true).doc };
}

/** Plain JSON (drops undefined) in id order: GraphML writes group members inside their group. */
const strip = <T extends { id: string }>(items: T[]): T[] =>
  items.map((i) => JSON.parse(JSON.stringify(i)) as T).sort((a, b) => a.id.localeCompare(b.id));

describe('a map survives a round trip through every export format', () => {
  it.each(['wijkweb', 'csv', 'graphml', 'gexf', 'cytoscape'] as const)('%s keeps every actor and relation field', (format) => {
    const { before, after } = roundTrip(format);
    const norm = (a: (typeof before.actors)[number]) => ({ ...a, parentId: a.parentId ?? undefined });
    expect(strip(after.actors.map(norm))).toEqual(strip(before.actors.map(norm)));
    expect(after.relations).toEqual(before.relations);
  });

  it('GML keeps names, kinds, categories, influence, positions, relation kinds and strengths', () => {
    const { before, after } = roundTrip('gml');
    expect(after.actors.map((a) => [a.name, a.kind, a.category, a.influence, a.position])).toEqual(
      before.actors.map((a) => [a.name, a.kind, a.category, a.influence, a.position]),
    );
    expect(after.relations.map((r) => [r.kind, r.strength])).toEqual(before.relations.map((r) => [r.kind, r.strength]));
  });

  it('Pajek keeps names, ties, strengths and direction', () => {
    const { before, after } = roundTrip('pajek');
    expect(after.actors.map((a) => a.name)).toEqual(before.actors.map((a) => a.name));
    const name = (doc: typeof before, id: string) => doc.actors.find((a) => a.id === id)?.name;
    const ties = (doc: typeof before) => doc.relations.map((r) => [name(doc, r.from), name(doc, r.to), r.strength, r.directed]).sort();
    expect(ties(after)).toEqual(ties(before));
  });
});

describe('CSV export opens safely in Dutch Excel', () => {
  it('writes UTF-8 with BOM, semicolons, CRLF and decimal commas', () => {
    const { actors, relations } = Object.fromEntries(exportMap(richMap(), 'csv').map((f) => [f.suffix === '' ? 'actors' : 'relations', f.text]));
    expect(actors?.startsWith('\uFEFFId;Naam;Type;')).toBe(true);
    expect(actors).toContain('\r\n');
    expect(actors).toContain(';-40,5\r\n');
    expect(relations?.startsWith('\uFEFFId;Van;Naar;Soort relatie;')).toBe(true);
  });

  it('escapes cells that Excel would run as a formula (= + - @), but not negative numbers', () => {
    const [actors] = exportMap(richMap(), 'csv');
    expect(actors?.text).toContain(";'=Gemeente – wijkmanager;");
    expect(actors?.text).toContain(";'@sleutelfiguur;");
    expect(actors?.text).toContain(";'+31 6 123;");
    expect(actors?.text).toContain(';-3;7\r\n');
  });
});
