import { newId } from './ids';
import type { Actor, Relation } from './map-document';

/** Builds a complete actor from the fields a form gives, with sensible defaults for the rest. */
export function createActor(fields: Partial<Actor> & Pick<Actor, 'name'>): Actor {
  return {
    id: fields.id ?? newId(),
    name: fields.name,
    kind: fields.kind ?? 'formeel',
    category: fields.category ?? 'overig',
    isPerson: fields.isPerson ?? false,
    influence: fields.influence ?? 3,
    area: fields.area ?? '',
    note: fields.note ?? '',
    tags: fields.tags ?? [],
    position: fields.position ?? null,
    ...(fields.parentId !== undefined ? { parentId: fields.parentId } : {}),
  };
}

/** Builds a complete relation between two actors, with defaults for what was not given. */
export function createRelation(fields: Partial<Relation> & Pick<Relation, 'from' | 'to'>): Relation {
  return {
    id: fields.id ?? newId(),
    from: fields.from,
    to: fields.to,
    kind: fields.kind ?? 'samenwerking',
    strength: fields.strength ?? 2,
    directed: fields.directed ?? false,
    note: fields.note ?? '',
    since: fields.since ?? '',
  };
}
