import { ACTOR_FIELDS, type ActorFieldKey } from './actor-fields';
import { fieldEntries, type FieldSpec } from './field-spec';
import { RELATION_FIELDS, type RelationFieldKey } from './relation-fields';

/** What an export includes beyond the fields that are always exported. */
export interface ExportChoice {
  /** Include contact details and address (fields exported `on-request`). */
  readonly contactDetails?: boolean;
}

type Table = Readonly<Record<string, FieldSpec>>;

function keysWhere<T extends Table>(table: T, keep: (spec: FieldSpec) => boolean): (keyof T & string)[] {
  return fieldEntries(table)
    .filter(([, spec]) => keep(spec))
    .map(([key]) => key);
}

/** The value fields (not structure) that an export writes as columns or attributes, in table order. */
export function exportedValueFields<T extends Table>(table: T, choice: ExportChoice = {}): [keyof T & string, FieldSpec][] {
  return fieldEntries(table).filter(
    ([, spec]) => spec.value !== 'structure' && (spec.exported === 'always' || (spec.exported === 'on-request' && choice.contactDetails === true)),
  );
}

/** Actor fields that are personal data of a natural person (dropped or pseudonymised when anonymising). */
export const PERSONAL_ACTOR_KEYS: readonly ActorFieldKey[] = keysWhere(ACTOR_FIELDS, (s) => s.personal);
/** Actor fields whose value identifies a person wherever it is written (name, phone, e-mail …). */
export const IDENTIFYING_ACTOR_KEYS: readonly ActorFieldKey[] = keysWhere(ACTOR_FIELDS, (s) => s.identifying);
/** Actor fields of free text, in which persons' names are replaced. */
export const FREE_TEXT_ACTOR_KEYS: readonly ActorFieldKey[] = keysWhere(ACTOR_FIELDS, (s) => s.freeText);
/** Relation fields of free text: names replaced, dropped when the relation involves a person. */
export const FREE_TEXT_RELATION_KEYS: readonly RelationFieldKey[] = keysWhere(RELATION_FIELDS, (s) => s.freeText);
/** Actor fields the snapshot diff compares. */
export const DIFFED_ACTOR_KEYS: readonly ActorFieldKey[] = keysWhere(ACTOR_FIELDS, (s) => s.diffed);
/** Relation fields the snapshot diff compares. */
export const DIFFED_RELATION_KEYS: readonly RelationFieldKey[] = keysWhere(RELATION_FIELDS, (s) => s.diffed);

/** A field value as one line of text (export cells, diffs): tags joined, ja/nee, '' for absent. */
export function fieldText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  return String(value);
}

/** Maps every string of a field value (a text or each tag) through `change`; other values stay. */
export function mapFieldText(value: unknown, change: (text: string) => string): unknown {
  if (typeof value === 'string') return change(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? change(v) : v));
  return value;
}

/** The spec of an actor or relation field by key, if the table has it (for labels of diff lines). */
export function fieldSpec(kind: 'actor' | 'relation', key: string): FieldSpec | undefined {
  const table: Table = kind === 'actor' ? ACTOR_FIELDS : RELATION_FIELDS;
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
