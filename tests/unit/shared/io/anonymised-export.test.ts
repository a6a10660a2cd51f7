import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../../shared/domain/map-document';
import { EXPORT_FORMATS, exportMap, type ExportFormat } from '../../../../shared/io/export/index';
import { exportXlsx } from '../../../../shared/io/xlsx';
import { anonymiseDocument } from '../../../../shared/print/anonymise';
import { lindenhofMap, lindenhofPersonNames } from '../../../helpers/lindenhof-map';

/** Lindenhof with meetings, contacts and a force field that mention persons by name. */
function lindenhofWithRecords(): MapDocument {
  const doc = lindenhofMap();
  const person = (name: string): string => {
    const found = doc.actors.find((a) => a.name === name);
    if (!found) throw new Error(`no ${name}`);
    return found.id;
  };
  const henk = person('Henk de Vries');
  const ria = person('Ria Jansen');
  const organisation = doc.actors.find((a) => !a.isPerson)?.id ?? '';
  return {
    ...doc,
    actors: doc.actors.map((a) => (a.id === organisation ? { ...a, note: 'Contact loopt via Fatima El Amrani en Yusuf Demir' } : a)),
    relations: doc.relations.map((r, i) => (i === 0 ? { ...r, note: 'Sinds Sanne de Wit er kookt' } : r)),
    meetings: [{ id: 'm1', title: 'Overleg met Henk de Vries', date: '2026-02-01', place: 'Bij Ria Jansen thuis', goal: 'Mo Bakker en Jan Smits uitnodigen', participants: [henk, ria], forceFieldId: 'f1', notes: 'Anouk Peters en Gerda Hoekstra komen later' }],
    contacts: [{ id: 'c1', actorId: henk, date: '2026-02-02', kind: 'telefoon', text: 'Zorgen over zijn gezondheid', followUp: 'Bellen met Ria Jansen', dueDate: '', done: false }],
    forceFields: [{ id: 'f1', question: 'Steunt Henk de Vries het plein?', date: '2026-02-04', role: null, position: null, entries: [{ actorId: henk, stance: 1, influence: 3, interest: 4, note: 'twijfelt, vraag via zijn dochter' }] }],
  };
}

const PERSONS = lindenhofPersonNames();
/** Personal notes of persons in actoren.csv (the Omschrijving column), which must not leak either. */
const PERSON_NOTES = ['oud-buschauffeur', 'Zorgt voor haar moeder', 'Alleenstaande oudere', 'Zorgen over zijn gezondheid', 'vraag via zijn dochter'];

function leaks(text: string): string[] {
  const lower = text.toLowerCase();
  return [...PERSONS, ...PERSON_NOTES].filter((n) => lower.includes(n.toLowerCase()));
}

describe('anonymised export: none of the 9 Lindenhof persons appears in any exported file', () => {
  it('has the 9 persons in the fixture, and they do appear without anonymising', () => {
    expect(PERSONS).toHaveLength(9);
    expect(leaks(exportMap(lindenhofWithRecords(), 'wijkweb')[0]?.text ?? '')).toEqual(expect.arrayContaining(PERSONS));
  });

  for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
    it(`${format}: no name or personal note of a person, byte for byte; pseudonyms instead`, () => {
      const files = exportMap(anonymiseDocument(lindenhofWithRecords()), format);
      const all = files.map((f) => f.text).join('\n');
      expect(leaks(all)).toEqual([]);
      expect(all).toContain('Sleutelfiguur 1');
      expect(all).toContain('Bewoner 1');
    });
  }

  it('xlsx: no name or note in any part of the workbook, compressed or not', async () => {
    const bytes = await exportXlsx(anonymiseDocument(lindenhofWithRecords()));
    expect(leaks(Buffer.from(bytes).toString('latin1'))).toEqual([]);
    const parts = unzipSync(bytes);
    const text = Object.values(parts).map((p) => strFromU8(p)).join('\n');
    expect(text).toContain('Sleutelfiguur 1');
    expect(leaks(text)).toEqual([]);
  });

  it('keeps organisations, relations and the mentions in their notes readable (pseudonyms in place of names)', () => {
    const doc = anonymiseDocument(lindenhofWithRecords());
    const source = lindenhofWithRecords();
    expect(doc.actors).toHaveLength(source.actors.length);
    expect(doc.relations).toHaveLength(source.relations.length);
    expect(doc.actors.find((a) => !a.isPerson)?.note).toMatch(/^Contact loopt via (Bewoner|Sleutelfiguur) \d+ en (Bewoner|Sleutelfiguur) \d+$/);
    expect(doc.forceFields[0]?.question).toMatch(/^Steunt Sleutelfiguur \d+ het plein\?$/);
  });
});
