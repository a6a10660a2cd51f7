import { createActor, createRelation } from '../../shared/domain/factories';
import { emptyMap, type MapDocument } from '../../shared/domain/map-document';
import { lindenhofMap } from '../helpers/lindenhof-map';

/**
 * Maps full of personal data for the privacy tests: every id is distinctive (`orig-…-x9`) so a byte
 * search for it means something, and persons carry notes, tags, contact details and an address.
 */

/** Lindenhof (42 actors, 66 relations from tests/fixtures) with ids made distinctive: a1 → orig-a1-x9. */
export function lindenhofWithDistinctIds(): MapDocument {
  const doc = lindenhofMap();
  const id = (old: string): string => `orig-${old}-x9`;
  return {
    ...doc,
    actors: doc.actors.map((a) => ({ ...a, id: id(a.id), ...(a.parentId ? { parentId: id(a.parentId) } : {}) })),
    relations: doc.relations.map((r) => ({ ...r, id: id(r.id), from: id(r.from), to: id(r.to) })),
  };
}

/** Two residents with contact details, address, notes and tags; an organisation that mentions them; meetings, contact log, force field. */
export function richPrivateMap(): MapDocument {
  const doc = emptyMap('rijke-kaart', 'Kastanjebuurt', '2026-12-01T00:00:00.000Z');
  const karin = createActor({
    id: 'orig-karin-x9',
    name: 'Karin Vermeulen',
    kind: 'informeel',
    category: 'bewoner',
    isPerson: true,
    area: 'Kastanjebuurt-Oost',
    note: 'Heeft schulden, schaamt zich ervoor',
    tags: ['buurtmoeder', 'schuldhulp-traject'],
    phone: '06-48271953',
    email: 'karin.vermeulen@voorbeeld.nl',
    website: 'karinbakttaarten.nl',
    streetAddress: 'Kastanjelaan 17',
    postcode: '3524 KX',
    town: 'Oud-Zuilen',
    position: { x: 0, y: 0 },
  });
  const dirk = createActor({
    id: 'orig-dirk-x9',
    name: 'Dirk Bosman',
    kind: 'informeel',
    category: 'bewoner',
    isPerson: true,
    note: 'Woont alleen sinds zijn scheiding',
    tags: ['sleutelfiguur', 'klusjesman'],
    phone: '+31 6 11223344',
    streetAddress: 'Eikenhof 3 bis',
    postcode: '3524 EH',
    town: 'Kastanjedorp',
    position: { x: 200, y: 0 },
  });
  const buurthuis = createActor({
    id: 'orig-buurthuis-x9',
    name: 'Buurthuis De Eik',
    kind: 'formeel',
    category: 'welzijn',
    note: 'Bel Karin Vermeulen op 06-48271953 of mail karin.vermeulen@voorbeeld.nl; Dirk Bosman woont op Eikenhof 3 bis',
    tags: ['ontmoeting'],
    phone: '030-1234567',
    email: 'info@buurthuis-de-eik.nl',
    streetAddress: 'Eikplein 1',
    postcode: '3524 AA',
    town: 'Utrecht',
    position: { x: 100, y: 150 },
  });
  return {
    ...doc,
    actors: [karin, dirk, buurthuis],
    relations: [
      createRelation({ id: 'orig-rel-1-x9', from: karin.id, to: dirk.id, kind: 'spanning', note: 'Ruzie over de gedeelde schuur', since: 'na de verbouwing van 2023' }),
      createRelation({ id: 'orig-rel-2-x9', from: karin.id, to: buurthuis.id, kind: 'informeel-contact', note: 'Komt op dinsdag voor de voedselbank' }),
    ],
    meetings: [
      {
        id: 'm1',
        title: 'Gesprek met Karin Vermeulen',
        date: '2026-12-02',
        place: 'Thuis op de Kastanjelaan',
        goal: 'Schuldhulpmaatje voorstellen',
        participants: [karin.id, buurthuis.id],
        forceFieldId: null,
        notes: 'Vertelde over haar betalingsachterstand bij de woningcorporatie',
      },
    ],
    contacts: [
      { id: 'c1', actorId: dirk.id, date: '2026-12-03', kind: 'bezoek', text: 'Huisbezoek: eenzaam sinds de feestdagen', followUp: 'Koppelen aan maatjesproject', dueDate: '', done: false },
    ],
    forceFields: [
      {
        id: 'f1',
        question: 'Komt er een buurtmoestuin?',
        date: '2026-12-04',
        role: null,
        position: null,
        entries: [{ actorId: dirk.id, stance: -1, influence: 2, interest: 3, note: 'Bang voor overlast bij zijn achtertuin' }],
      },
    ],
  };
}
