import { ACTOR_FIELDS, type ActorFieldKey } from '../domain/fields/actor-fields';
import { fieldEntries, type FieldSpec } from '../domain/fields/field-spec';
import { RELATION_FIELDS, type RelationFieldKey } from '../domain/fields/relation-fields';

/** Actor value fields an import reads (every non-structure field of the field table). */
type ActorValueKey = Exclude<ActorFieldKey, 'id' | 'position' | 'parentId'>;

function valueKeys<K extends string>(table: Readonly<Record<K, FieldSpec>>): K[] {
  return fieldEntries(table)
    .filter(([, spec]) => spec.value !== 'structure')
    .map(([key]) => key);
}

/** The actor fields a CSV column can be mapped to: id, the value fields of the field table, group and position. */
export const ACTOR_FIELDS_IN_IMPORT: readonly ActorField[] = ['id', ...valueKeys<ActorValueKey>(ACTOR_FIELDS as Readonly<Record<ActorValueKey, FieldSpec>>), 'parent', 'x', 'y'];
export type ActorField = 'id' | ActorValueKey | 'parent' | 'x' | 'y';

/** The relation fields a CSV column can be mapped to. */
export const RELATION_FIELDS_IN_IMPORT: readonly RelationField[] = ['id', 'from', 'to', ...valueKeys<Exclude<RelationFieldKey, 'id' | 'from' | 'to'>>(RELATION_FIELDS as Readonly<Record<Exclude<RelationFieldKey, 'id' | 'from' | 'to'>, FieldSpec>>)];
export type RelationField = RelationFieldKey;

/** Whether a table holds actors (one per row) or relations (an edge list). */
export type CsvRole = 'actors' | 'relations';

/** Which column (0-based index) feeds which field; a field that is absent is not read. */
export type ColumnMapping = Partial<Record<ActorField | RelationField, number>>;

/** Column headers per field: the structure fields here; a value field's synonyms, header and key from the field table. */
function synonymsOf<K extends string>(table: Readonly<Record<string, FieldSpec>>, fields: readonly K[], structure: Partial<Record<K, readonly string[]>>): Record<K, readonly string[]> {
  const out = {} as Record<K, readonly string[]>;
  for (const key of fields) {
    const spec = table[key];
    out[key] = structure[key] ?? [...new Set([...(spec?.synonyms ?? []), (spec?.header ?? key).toLowerCase(), key.toLowerCase()])];
  }
  return out;
}

const ACTOR_SYNONYMS = synonymsOf(ACTOR_FIELDS, ACTOR_FIELDS_IN_IMPORT, {
  id: ['id', 'nr', 'nummer', 'key', 'sleutel', 'code'],
  parent: ['groep', 'group', 'parent', 'onderdeel van', 'valt onder', 'ouder'],
  x: ['x', 'pos x', 'x-positie'],
  y: ['y', 'pos y', 'y-positie'],
});

const RELATION_SYNONYMS = synonymsOf(RELATION_FIELDS, RELATION_FIELDS_IN_IMPORT, {
  id: ['id', 'nr', 'key'],
  from: ['van', 'from', 'source', 'bron', 'actor 1', 'actor1'],
  to: ['naar', 'to', 'target', 'doel', 'actor 2', 'actor2'],
});

const norm = (header: string): string => header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[_.]+/g, ' ').replace(/\s+/g, ' ');

/** Whether a header row looks like an edge list (has from-like and to-like columns). */
export function guessRole(headers: readonly string[]): CsvRole {
  const set = new Set(headers.map(norm));
  const has = (names: readonly string[]): boolean => names.some((n) => set.has(n));
  return has(RELATION_SYNONYMS.from) && has(RELATION_SYNONYMS.to) ? 'relations' : 'actors';
}

/** Maps headers to fields by Dutch and English synonyms (first matching column wins; each column used once). */
export function guessMapping(headers: readonly string[], role: CsvRole): ColumnMapping {
  const table: Record<string, readonly string[]> = role === 'actors' ? ACTOR_SYNONYMS : RELATION_SYNONYMS;
  const normalised = headers.map(norm);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const [field, names] of Object.entries(table)) {
    for (const name of names) {
      const index = normalised.findIndex((h, i) => h === name && !used.has(i));
      if (index !== -1) {
        mapping[field as ActorField & RelationField] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** The fields of a role, in the order the wizard shows them. */
export function fieldsOf(role: CsvRole): readonly (ActorField | RelationField)[] {
  return role === 'actors' ? ACTOR_FIELDS_IN_IMPORT : RELATION_FIELDS_IN_IMPORT;
}
