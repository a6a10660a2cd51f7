import { createActor, createRelation } from '../../../shared/domain/factories';
import { emptyMap, type Actor, type MapDocument, type Relation } from '../../../shared/domain/map-document';

/** A small wijk map: three actors, two relations, fixed ids. */
export function sampleMap(): MapDocument {
  const actors: Actor[] = [
    createActor({ id: 'gem', name: 'Gemeente Utrecht', kind: 'formeel', category: 'gemeente', influence: 5, position: { x: 0, y: 0 } }),
    createActor({ id: 'huis', name: 'Huiskamer Lindenhof', kind: 'informeel', category: 'bewonersinitiatief', position: { x: 200, y: 0 } }),
    createActor({ id: 'fat', name: 'Fatima', kind: 'informeel', category: 'bewoner', isPerson: true, position: { x: 100, y: 150 } }),
  ];
  const relations: Relation[] = [
    createRelation({ id: 'r1', from: 'gem', to: 'huis', kind: 'financiering', strength: 3, directed: true }),
    createRelation({ id: 'r2', from: 'huis', to: 'fat', kind: 'informeel-contact', strength: 1 }),
  ];
  return { ...emptyMap('m1', 'Lindenhof', '2025-01-01T00:00:00.000Z'), actors, relations };
}
