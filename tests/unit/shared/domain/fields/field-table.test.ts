import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../../../../shared/analysis/diff';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../../../shared/analysis/options';
import { createActor, createRelation } from '../../../../../shared/domain/factories';
import { ACTOR_FIELDS } from '../../../../../shared/domain/fields/actor-fields';
import { fieldEntries } from '../../../../../shared/domain/fields/field-spec';
import { RELATION_FIELDS } from '../../../../../shared/domain/fields/relation-fields';
import { actorSchema, emptyMap, relationSchema, type MapDocument } from '../../../../../shared/domain/map-document';
import { readMapDocument } from '../../../../../shared/domain/migrations';
import { exportMap, type ExportFormat } from '../../../../../shared/io/export/index';
import { importAsNewMap, textFile } from '../../io/io-helpers';

const CONTACT = {
  phone: '06-48271953',
  email: 'buurthuis@voorbeeld.nl',
  website: 'https://www.buurthuis-de-eik.nl',
  streetAddress: 'Eikplein 1',
  postcode: '3524 AA',
  town: 'Utrecht',
} as const;

function mapWithContactDetails(): MapDocument {
  const eik = createActor({ id: 'eik', name: 'Buurthuis De Eik', category: 'welzijn', ...CONTACT, position: { x: 10, y: 20 } });
  const school = createActor({ id: 'school', name: 'Basisschool De Linde', category: 'onderwijs', position: { x: 60, y: 20 } });
  return { ...emptyMap('m1', 'Kastanjebuurt', '2026-12-01T00:00:00.000Z'), actors: [eik, school], relations: [createRelation({ id: 'r1', from: 'eik', to: 'school' })] };
}

describe('the field table is the one truth about actor and relation fields', () => {
  it('gives every required field an initial value, so a new actor and relation are valid', () => {
    for (const [key, spec] of [...fieldEntries(ACTOR_FIELDS), ...fieldEntries(RELATION_FIELDS)]) {
      const optional = spec.schema.safeParse(undefined).success;
      if (!['id', 'from', 'to'].includes(key)) expect(optional || spec.initial !== undefined, key).toBe(true);
    }
    expect(actorSchema.safeParse(createActor({ name: 'Nieuw' })).success).toBe(true);
    expect(relationSchema.safeParse(createRelation({ from: 'a', to: 'b' })).success).toBe(true);
    expect(Object.keys(createActor({ name: 'Nieuw' }))).not.toContain('phone');
  });

  it('keeps existing map files loading: contact details and address are optional', () => {
    const old = { ...emptyMap('m1', 'Oud', '2025-01-01'), actors: [{ id: 'a', name: 'A', kind: 'formeel', category: 'overig', isPerson: false, influence: 3, area: '', note: '', tags: [], position: null }] };
    expect(readMapDocument(JSON.parse(JSON.stringify(old))).ok).toBe(true);
    const current = readMapDocument(JSON.parse(JSON.stringify(mapWithContactDetails())));
    expect(current.ok && current.value.actors[0]).toMatchObject(CONTACT);
  });

  it('exports contact details and address only when asked (DESIGN: never unless asked)', () => {
    for (const format of ['csv', 'graphml', 'gexf', 'cytoscape'] satisfies ExportFormat[]) {
      const plain = exportMap(mapWithContactDetails(), format).map((f) => f.text).join('\n');
      const asked = exportMap(mapWithContactDetails(), format, { contactDetails: true }).map((f) => f.text).join('\n');
      for (const value of Object.values(CONTACT).filter((v) => v !== 'Utrecht')) {
        expect(plain, `${format} ${value}`).not.toContain(value);
        expect(asked, `${format} ${value}`).toContain(value);
      }
    }
  });

  for (const format of ['csv', 'graphml', 'gexf', 'cytoscape', 'wijkweb'] satisfies ExportFormat[]) {
    it(`${format}: contact details and address come back after export and import`, () => {
      const files = exportMap(mapWithContactDetails(), format, { contactDetails: true }).map((f) => textFile(`kaart${f.suffix}.${f.extension}`, f.text));
      const { doc } = importAsNewMap(files);
      expect(doc.actors.find((a) => a.name === 'Buurthuis De Eik')).toMatchObject(CONTACT);
    });
  }

  it('reads contact columns from a spreadsheet the team already keeps (Dutch headers)', () => {
    const csv = 'Naam;Telefoonnummer;E-mailadres;Straat en huisnummer;Postcode;Woonplaats;Website\r\nBuurthuis De Eik;06-48271953;buurthuis@voorbeeld.nl;Eikplein 1;3524 AA;Utrecht;https://www.buurthuis-de-eik.nl\r\n';
    const { doc } = importAsNewMap([textFile('adressen.csv', csv)]);
    expect(doc.actors[0]).toMatchObject(CONTACT);
  });

  it('the snapshot diff compares what the table marks diffed: a new area, not a new phone number', () => {
    const before = mapWithContactDetails();
    const after = { ...before, actors: before.actors.map((a) => (a.id === 'eik' ? { ...a, phone: '06-00000000', area: 'Noord' } : a)) };
    expect(diffMaps(before, after, DEFAULT_ANALYSIS_OPTIONS).actors.changed).toEqual([{ id: 'eik', name: 'Buurthuis De Eik', changes: [{ field: 'area', from: '', to: 'Noord' }] }]);
  });
});
