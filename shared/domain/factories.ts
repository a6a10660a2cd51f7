import { ACTOR_FIELDS } from './fields/actor-fields';
import { fieldEntries, type FieldSpec } from './fields/field-spec';
import { RELATION_FIELDS } from './fields/relation-fields';
import { newId } from './ids';
import type { Actor, Relation } from './map-document';

/** Every field of a table: the given value, else the table's initial value; optional fields without either are left out. */
function withInitials(table: Readonly<Record<string, FieldSpec>>, fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of fieldEntries(table)) {
    const value = fields[key] !== undefined ? fields[key] : spec.initial;
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Builds a complete actor from the fields a form gives, with the field table's initial values for the rest. */
export function createActor(fields: Partial<Actor> & Pick<Actor, 'name'>): Actor {
  // Every required key has an initial value in ACTOR_FIELDS (checked by the field table's test).
  return { ...withInitials(ACTOR_FIELDS, fields), id: fields.id ?? newId() } as Actor;
}

/** Builds a complete relation between two actors, with the field table's initial values for what was not given. */
export function createRelation(fields: Partial<Relation> & Pick<Relation, 'from' | 'to'>): Relation {
  return { ...withInitials(RELATION_FIELDS, fields), id: fields.id ?? newId() } as Relation;
}
