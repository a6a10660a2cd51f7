/** The actor fields a CSV column can be mapped to. */
export const ACTOR_FIELDS = ['id', 'name', 'kind', 'category', 'note', 'area', 'influence', 'tags', 'isPerson', 'parent', 'x', 'y'] as const;
export type ActorField = (typeof ACTOR_FIELDS)[number];

/** The relation fields a CSV column can be mapped to. */
export const RELATION_FIELDS = ['id', 'from', 'to', 'kind', 'strength', 'directed', 'note', 'since'] as const;
export type RelationField = (typeof RELATION_FIELDS)[number];

/** Whether a table holds actors (one per row) or relations (an edge list). */
export type CsvRole = 'actors' | 'relations';

/** Which column (0-based index) feeds which field; a field that is absent is not read. */
export type ColumnMapping = Partial<Record<ActorField | RelationField, number>>;

const ACTOR_SYNONYMS: Record<ActorField, readonly string[]> = {
  id: ['id', 'nr', 'nummer', 'key', 'sleutel', 'code'],
  name: ['naam', 'name', 'label', 'actor', 'organisatie', 'organization', 'titel', 'title'],
  kind: ['type', 'soort', 'vorm', 'kind', 'soort actor', 'formeel/informeel'],
  category: ['categorie', 'category', 'sector', 'domein', 'element type'],
  note: ['omschrijving', 'toelichting', 'beschrijving', 'description', 'notitie', 'note', 'notes', 'opmerking', 'opmerkingen'],
  area: ['buurt', 'wijk', 'area', 'gebied', 'neighbourhood', 'neighborhood', 'locatie', 'location'],
  influence: ['invloed', 'influence', 'macht', 'power'],
  tags: ['labels', 'tags', 'trefwoorden', 'keywords'],
  isPerson: ['persoon', 'person', 'is persoon', 'natuurlijk persoon', 'ispersoon', 'isperson'],
  parent: ['groep', 'group', 'parent', 'onderdeel van', 'valt onder', 'ouder'],
  x: ['x', 'pos x', 'x-positie'],
  y: ['y', 'pos y', 'y-positie'],
};

const RELATION_SYNONYMS: Record<RelationField, readonly string[]> = {
  id: ['id', 'nr', 'key'],
  from: ['van', 'from', 'source', 'bron', 'actor 1', 'actor1'],
  to: ['naar', 'to', 'target', 'doel', 'actor 2', 'actor2'],
  kind: ['soort relatie', 'soort', 'relatie', 'type relatie', 'kind', 'relation', 'relationship', 'connection type', 'label', 'type'],
  strength: ['sterkte', 'strength', 'gewicht', 'weight', 'intensiteit'],
  directed: ['gericht', 'directed', 'richting', 'direction'],
  note: ['toelichting', 'omschrijving', 'beschrijving', 'note', 'notes', 'description', 'opmerking'],
  since: ['sinds', 'since', 'vanaf', 'datum', 'date', 'start'],
};

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
  return role === 'actors' ? ACTOR_FIELDS : RELATION_FIELDS;
}
