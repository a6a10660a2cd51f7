import { createActor, createRelation } from '../../../../shared/domain/factories';
import type { ForceField, ForceFieldEntry } from '../../../../shared/domain/force-field';
import { emptyMap, type MapDocument, type Relation } from '../../../../shared/domain/map-document';

/** A map with actors named by their ids and the given ties. */
export function smallMap(ids: readonly string[], relations: readonly Relation[]): MapDocument {
  return {
    ...emptyMap('m', 'Test', '2026-01-01T00:00:00.000Z'),
    actors: ids.map((id) => createActor({ id, name: id.toUpperCase() })),
    relations: [...relations],
  };
}

/** A tie from a to b. */
export const tie = (id: string, from: string, to: string, extra: Partial<Relation> = {}): Relation =>
  createRelation({ id, from, to, kind: 'samenwerking', strength: 3, directed: false, ...extra });

/** An entry with influence/interest 3 unless given. */
export const entry = (actorId: string, stance: number | null, influence = 3, interest = 3): ForceFieldEntry => ({
  actorId,
  stance,
  influence,
  interest,
  note: '',
});

/** A force field with these entries. */
export const field = (entries: readonly ForceFieldEntry[], id = 'f'): ForceField => ({
  id,
  question: 'Vraag',
  date: '2026-01-01',
  role: null,
  position: null,
  entries: [...entries],
});
