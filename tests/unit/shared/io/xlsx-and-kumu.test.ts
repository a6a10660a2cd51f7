import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { planImport, planToDocument } from '../../../../shared/io/plan';
import { formatProblem } from '../../../../shared/io/problems';
import { combineReads, readDraft, readSources } from '../../../../shared/io/read';
import { exportXlsx } from '../../../../shared/io/xlsx';
import { keepCategories, richMap, textFile } from './io-helpers';

async function importWorkbook(name: string, bytes: Uint8Array) {
  const reads = await readSources({ name, bytes });
  const draft = combineReads(reads);
  // Keep the categories as written, so a map's own export reads back unchanged.
  const plan = planImport(draft, null, { createUnknown: false, categories: keepCategories(draft) });
  return { reads, plan, doc: planToDocument(plan, 'm1', 'x', '2026-01-01T00:00:00.000Z') };
}

describe('Excel workbooks (.xlsx)', () => {
  it('a map exported as .xlsx (sheets Actoren and Relaties) reads back with every field', async () => {
    const before = richMap();
    const { doc, reads } = await importWorkbook('kaart.xlsx', await exportXlsx(before));
    expect(reads.map((r) => r.file)).toEqual(['kaart.xlsx (blad Actoren)', 'kaart.xlsx (blad Relaties)']);
    const plain = (items: object[]) => JSON.parse(JSON.stringify(items)) as unknown;
    expect(plain(doc.actors.sort((a, b) => a.id.localeCompare(b.id)))).toEqual(plain(before.actors));
    expect(doc.relations).toEqual(before.relations);
  });

  it('reads a workbook handed over as a view into a larger buffer (a Node Buffer from readFileSync)', async () => {
    const bytes = await exportXlsx(richMap());
    const pooled = new Uint8Array(bytes.length + 64);
    pooled.set(bytes, 32);
    const { doc } = await importWorkbook('kaart.xlsx', pooled.subarray(32, 32 + bytes.length));
    expect(doc.actors).toHaveLength(4);
  });

  it('a Kumu-style workbook (Elements and Connections sheets) becomes actors and relations; its Type is the category', async () => {
    const blob = await writeXlsxFile([
      { sheet: 'Elements', data: [['Label', 'Type', 'Description', 'Tags'], ['Buurthuis', 'Organization', 'Open huis', 'ontmoeting|koffie'], ['Fatma', 'Person', '', ''], ['Oud blad', null, null, null]] },
      { sheet: 'Connections', data: [['From', 'To', 'Type', 'Strength'], ['Fatma', 'Buurthuis', 'member', 'veel']] },
    ]).toBlob();
    const { doc, plan } = await importWorkbook('kumu.xlsx', new Uint8Array(await blob.arrayBuffer()));
    expect(doc.actors.map((a) => [a.name, a.category, a.tags])).toEqual([
      ['Buurthuis', 'organization', ['ontmoeting', 'koffie']],
      ['Fatma', 'person', []],
      ['Oud blad', 'overig', []],
    ]);
    expect(doc.relations.map((r) => r.kind)).toEqual(['lid-van']);
    expect(plan.problems.map(formatProblem)).toEqual(["kumu.xlsx (blad Connections), regel 2, kolom Strength: 'veel' is geen getal (1–3); sterkte 2 gebruikt."]);
  });
});

describe("Kumu's JSON export", () => {
  it('reads elements and connections', () => {
    const kumu = {
      elements: [
        { _id: 'elem-1', attributes: { label: 'Wijkteam', 'element type': 'Organisatie', description: 'Zorg en welzijn' } },
        { _id: 'elem-2', attributes: { label: 'Bewonersgroep', 'element type': 'Groep' } },
      ],
      connections: [{ _id: 'conn-1', from: 'elem-1', to: 'elem-2', direction: 'directed', attributes: { 'connection type': 'Ondersteuning' } }],
    };
    const draft = readDraft([textFile('project.json', JSON.stringify(kumu))]);
    expect(draft.format).toBe('kumu');
    const doc = planToDocument(planImport(draft, null, { createUnknown: false }), 'm', 'x', 'now');
    expect(doc.actors.map((a) => [a.name, a.category, a.note])).toEqual([
      ['Wijkteam', 'organisatie', 'Zorg en welzijn'],
      ['Bewonersgroep', 'groep', ''],
    ]);
    expect(doc.relations.map((r) => [r.kind, r.directed])).toEqual([['ondersteuning', true]]);
  });
});
