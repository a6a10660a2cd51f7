import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../../shared/io/normalise';
import { formatProblem } from '../../../../shared/io/problems';
import { readSource } from '../../../../shared/io/read';
import { importAsNewMap, textFile } from './io-helpers';

const win1252 = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => (c === 'ë' ? 0xeb : c === '–' ? 0x96 : c.charCodeAt(0))));

describe('CSV import reads what Excel and other tools write', () => {
  it('reads Windows-1252 (old Dutch Excel) with accents intact', () => {
    const { doc } = importAsNewMap([{ name: 'actoren.csv', bytes: win1252('Naam;Type\r\nCliëntenraad – Noord;informeel\r\n') }]);
    expect(doc.actors[0]?.name).toBe('Cliëntenraad – Noord');
  });

  it('detects comma and tab delimiters and English headers', () => {
    const comma = importAsNewMap([textFile('actors.csv', 'Name,Kind,Influence\nLibrary,formal,4\n')]).doc;
    expect(comma.actors[0]).toMatchObject({ name: 'Library', kind: 'formeel', influence: 4 });
    const tab = importAsNewMap([textFile('actors.tsv', 'Label\tCategory\nBuurthuis\twelzijn\n')]).doc;
    expect(tab.actors[0]).toMatchObject({ name: 'Buurthuis', category: 'welzijn' });
  });

  it('reads decimal commas as numbers', () => {
    expect(parseNumber('1,33')).toBe(1.33);
    expect(parseNumber('-12,5')).toBe(-12.5);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('0.125')).toBe(0.125);
    const { doc } = importAsNewMap([textFile('a.csv', 'Naam;Invloed;X;Y\nA;3,4;"1,5";-2\n')]);
    expect(doc.actors[0]).toMatchObject({ influence: 3, position: { x: 1.5, y: -2 } });
  });

  it('a single CSV with Source/Target columns (a Gephi edge table) is an edge list', () => {
    const read = readSource(textFile('edges.csv', 'Source,Target,Type,Id,Weight\nA,B,Directed,0,1.0\nB,C,Undirected,1,2.0\n'));
    expect(read.kind === 'table' && read.role).toBe('relations');
    const { doc } = importAsNewMap([textFile('edges.csv', 'Source,Target,Type,Id,Weight\nA,B,Directed,0,1.0\nB,C,Undirected,1,2.0\n')], true);
    expect(doc.actors.map((a) => a.name)).toEqual(['A', 'B', 'C']);
    expect(doc.relations.map((r) => [r.directed, r.strength])).toEqual([
      [true, 1],
      [false, 2],
    ]);
  });

  it("Gephi's edge table with an empty Label column still reads Type as the direction", () => {
    const gephi = 'Source,Target,Type,Id,Label,timeset,Weight\nA,B,Directed,0,,,1.0\nB,C,Undirected,1,,,3.0\n';
    const { doc } = importAsNewMap([textFile('edges.csv', gephi)], true);
    expect(doc.relations.map((r) => [r.directed, r.strength, r.kind])).toEqual([
      [true, 1, 'samenwerking'],
      [false, 3, 'samenwerking'],
    ]);
  });

  it('names the line and column of a bad value, and still reads the row', () => {
    const { doc, plan } = importAsNewMap(
      [textFile('actoren.csv', 'Naam\nA\nB\n'), textFile('relaties.csv', 'Van;Naar;Sterkte\nA;B;veel\n')],
    );
    expect(plan.problems.map(formatProblem)).toEqual(["relaties.csv, regel 2, kolom Sterkte: 'veel' is geen getal (1–3); sterkte 2 gebruikt."]);
    expect(doc.relations[0]?.strength).toBe(2);
  });

  it('counts lines across quoted cells that hold line breaks', () => {
    const { plan } = importAsNewMap([textFile('a.csv', 'Naam;Omschrijving;Invloed\nA;"twee\nregels";3\nB;x;hoog\n')]);
    expect(plan.problems.map(formatProblem)).toEqual(["a.csv, regel 4, kolom Invloed: 'hoog' is geen getal (1–5); invloed 3 gebruikt."]);
  });

  it('a row without a name is skipped and listed', () => {
    const { doc, plan } = importAsNewMap([textFile('a.csv', 'Naam;Type\n;formeel\nB;formeel\n')]);
    expect(doc.actors).toHaveLength(1);
    expect(plan.problems.map(formatProblem)).toEqual(['a.csv, regel 2, kolom Naam: de naam ontbreekt; deze regel is overgeslagen.']);
  });

  it('relations may refer to actors by id as well as by name', () => {
    const { doc } = importAsNewMap([textFile('a.csv', 'Id;Naam\nx1;Buurthuis\nx2;School\n'), textFile('r.csv', 'Van;Naar\nx1;School\n')]);
    expect(doc.relations[0]).toMatchObject({ from: 'x1', to: 'x2' });
  });
});
