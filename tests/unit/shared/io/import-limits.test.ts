import { describe, expect, it } from 'vitest';
import { emptyMap, LIMITS } from '../../../../shared/domain/map-document';
import { createActor } from '../../../../shared/domain/factories';
import { planImport } from '../../../../shared/io/plan';
import { IMPORT_LIMITS } from '../../../../shared/io/limits';
import { combineReads, readDraft, readSources, readSource } from '../../../../shared/io/read';
import { textFile } from './io-helpers';
import { textMember, workbookFrame, writeZip, zeros } from './hostile-zip';

const refusalOf = async (work: () => unknown): Promise<string> => {
  try {
    await work();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('hostile workbooks are refused before they are unpacked, naming the limit', { timeout: 60_000 }, () => {
  it('a 1 MB workbook whose worksheet claims to unpack to 1 GB', async () => {
    const bomb = { ...zeros('xl/worksheets/sheet1.xml', 1024 * 1024), size: 1024 * 1024 * 1024 };
    const message = await refusalOf(() => readSources({ name: 'bom.xlsx', bytes: writeZip([...workbookFrame(), bomb]) }));
    expect(message).toBe('bom.xlsx: het deel xl/worksheets/sheet1.xml pakt uit tot 1 024 MB; Wijkweb pakt hoogstens 128 MB uit. Is dit wel een werkmap uit Excel of Wijkweb?');
  });

  it('members that together unpack to more than the limit (300 MB)', async () => {
    const parts = [1, 2, 3].map((i) => ({ ...zeros(`xl/worksheets/sheet${i}.xml`, 1024 * 1024), size: 100 * 1024 * 1024 }));
    const message = await refusalOf(() => readSources({ name: 'groot.xlsx', bytes: writeZip([...workbookFrame(), ...parts]) }));
    expect(message).toContain('groot.xlsx: de werkmap pakt uit tot 300 MB; Wijkweb pakt hoogstens 128 MB uit.');
  });

  it('a member packed more than 100 times (honest headers: 20 MB of zeros)', async () => {
    const message = await refusalOf(() => readSources({ name: 'nullen.xlsx', bytes: writeZip([...workbookFrame(), zeros('xl/worksheets/sheet1.xml', 20 * 1024 * 1024)]) }));
    expect(message).toMatch(/^nullen\.xlsx: het deel xl\/worksheets\/sheet1\.xml is \d[\d ]*× samengeperst; Wijkweb accepteert hoogstens 100×/);
  });

  it('an archive with more members than a workbook has', async () => {
    const many = Array.from({ length: IMPORT_LIMITS.zipEntries + 1 }, (_, i) => textMember(`xl/media/plaatje${i}.xml`, '<a/>'));
    const message = await refusalOf(() => readSources({ name: 'veel.xlsx', bytes: writeZip([...workbookFrame(), ...many]) }));
    expect(message).toBe(`veel.xlsx: de werkmap bevat 1 004 delen; Wijkweb leest werkmappen met hoogstens 1 000 delen.`);
  });

  it('a worksheet with more rows than a map can hold is refused before its cells are read', async () => {
    const rows = Array.from({ length: IMPORT_LIMITS.sheetRows + 1 }, (_, i) => `<row r="${i + 1}"/>`).join('');
    const sheet = textMember('xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`);
    const message = await refusalOf(() => readSources({ name: 'rijen.xlsx', bytes: writeZip([...workbookFrame(), sheet]) }));
    expect(message).toBe('rijen.xlsx: blad xl/worksheets/sheet1.xml heeft meer dan 250 001 rijen; Wijkweb leest hoogstens 250 001 rijen per blad (50 000 actoren en 200 000 relaties per kaart).');
  });
});

describe('hostile graph files are refused before they are parsed', { timeout: 60_000 }, () => {
  it('a GraphML with a million sibling nodes names the actor limit (no stack overflow)', () => {
    const nodes = Array.from({ length: 1_000_000 }, (_, i) => `<node id="n${i}"/>`).join('');
    const message = (() => {
      try {
        readDraft([textFile('miljoen.graphml', `<graphml><graph>${nodes}</graph></graphml>`)]);
      } catch (error) {
        return (error as Error).message;
      }
      return 'gelezen';
    })();
    expect(message).toBe('miljoen.graphml: het bestand bevat meer dan 50 000 <node>-elementen; een kaart heeft hoogstens 50 000 actoren. Splits het bestand.');
  });

  it('a GEXF with more edges than a map can hold', () => {
    const edges = Array.from({ length: LIMITS.relations + 1 }, (_, i) => `<edge source="a" target="b${i % 9}"/>`).join('');
    const gexf = `<gexf><graph><nodes><node id="a"/></nodes><edges>${edges}</edges></graph></gexf>`;
    expect(() => readDraft([textFile('veel.gexf', gexf)])).toThrow('veel.gexf: het bestand bevat meer dan 200 000 <edge>-elementen; een kaart heeft hoogstens 200 000 relaties.');
  });

  it('a Cytoscape JSON with 50 001 nodes', () => {
    const nodes = Array.from({ length: LIMITS.actors + 1 }, (_, i) => ({ data: { id: `n${i}` } }));
    expect(() => readDraft([textFile('groot.cyjs', JSON.stringify({ elements: { nodes, edges: [] } }))])).toThrow('groot.cyjs: het bestand bevat meer dan 50 000 knopen');
  });

  it('a CSV with more lines than a map can hold', () => {
    const csv = `Naam\n${'x\n'.repeat(IMPORT_LIMITS.textLines)}`;
    expect(() => readSource(textFile('lang.csv', csv))).toThrow(`lang.csv: het bestand heeft ${'250 002'} regels; Wijkweb leest er hoogstens 250 001`);
  });
});

describe('big files within the limits read without running out of stack', { timeout: 60_000 }, () => {
  it('an edge list of 150 000 weighted rows (weights rescaled onto 1–3)', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => `a${i % 40_000};b${i % 30_000};${(i % 17) + 1}`);
    const draft = readDraft([textFile('gewichten.csv', `Source;Target;Weight\n${rows.join('\n')}`)]);
    expect(draft.relations).toHaveLength(150_000);
    expect(draft.problems.map((p) => p.message)).toContain('gewichten tot 17 zijn omgerekend naar sterkte 1–3.');
  });

  it('files of 130 000 actors and 130 000 relations combine into one draft', () => {
    const actors = readSource(textFile('a.csv', `Naam\n${Array.from({ length: 130_000 }, (_, i) => `a${i}`).join('\n')}`));
    const relations = readSource(textFile('r.csv', `Van;Naar\n${Array.from({ length: 130_000 }, (_, i) => `a${i};a${i + 1}`).join('\n')}`));
    const draft = combineReads([actors, relations]);
    expect([draft.actors.length, draft.relations.length]).toEqual([130_000, 130_000]);
  });
});

describe('an import never makes a map that the store or `wijkweb validate` would refuse', { timeout: 60_000 }, () => {
  it('50 001 actors: the plan is refused, naming the limit', () => {
    const draft = readDraft([textFile('groot.csv', `Naam\n${Array.from({ length: LIMITS.actors + 1 }, (_, i) => `actor ${i}`).join('\n')}`)]);
    const plan = planImport(draft, null, { createUnknown: false });
    expect(plan.overLimit).toBe('groot.csv: deze import geeft een kaart met 50 001 actoren; een kaart heeft hoogstens 50 000 actoren. Importeer minder rijen of splits de kaart.');
    expect(plan.problems[0]?.message).toBe(plan.overLimit?.replace(/^groot\.csv: /, ''));
  });

  it('a merge counts the actors already on the map', () => {
    const target = { ...emptyMap('m', 'Wijk', 'now'), actors: Array.from({ length: LIMITS.actors - 1 }, (_, i) => createActor({ id: `a${i}`, name: `a${i}` })) };
    const draft = readDraft([textFile('twee.csv', 'Naam\nnieuw 1\nnieuw 2')]);
    expect(planImport(draft, target, { createUnknown: false }).overLimit).toContain('50 001 actoren');
    expect(planImport(readDraft([textFile('een.csv', 'Naam\nnieuw 1')]), target, { createUnknown: false }).overLimit).toBeNull();
  });
});
