import type { StylesheetStyle } from 'cytoscape';
import type { Vocabulary, VocabularyEntry } from '../../../shared/domain/map-document';
import { DEFAULT_CATEGORIES, DEFAULT_RELATION_KINDS } from '../../../shared/domain/vocabulary';
import { CATEGORY_COLOUR, categoryColour, relationStyle, type LineStyle } from '../../../shared/visual/encoding';
import { mapEncoding } from '../../../shared/visual/map-encoding';
import { borderColour } from '../graph/visual-tokens';

/** A relation kind as drawn: the entry plus its line style and usual direction. */
export interface RelationKindEntry extends VocabularyEntry {
  readonly line: LineStyle;
  readonly directedByDefault: boolean;
}

/** The vocabulary a map uses: the defaults with the map's own names, colours and additions. */
export interface MapVocabulary {
  readonly categories: readonly VocabularyEntry[];
  readonly relationKinds: readonly RelationKindEntry[];
  categoryLabel(id: string): string;
  categoryColour(id: string): string;
  relationLabel(id: string): string;
  relationColour(id: string): string;
}

/** Default labels come from the locale files. */
export type Translate = (key: string, options: { defaultValue: string }) => string;

function merge(defaults: readonly VocabularyEntry[], own: readonly VocabularyEntry[] | undefined): VocabularyEntry[] {
  const byId = new Map((own ?? []).map((e) => [e.id, e]));
  const merged = defaults.map((d) => byId.get(d.id) ?? d);
  const added = (own ?? []).filter((e) => !defaults.some((d) => d.id === e.id));
  return [...merged, ...added];
}

/** The map's vocabulary: default entries (renamed/recoloured where the map says so), then its own additions. */
export function mapVocabulary(own: Vocabulary | undefined, t: Translate): MapVocabulary {
  const categories = merge(
    DEFAULT_CATEGORIES.map((id) => ({ id, label: t(`category.${id}`, { defaultValue: id }), colour: categoryColour(id) })),
    own?.categories,
  );
  const relationKinds = merge(
    DEFAULT_RELATION_KINDS.map((id) => ({ id, label: t(`relationKind.${id}`, { defaultValue: id }), colour: relationStyle(id).colour })),
    own?.relationKinds,
  ).map((e) => ({ ...e, line: relationStyle(e.id).line, directedByDefault: relationStyle(e.id).directedByDefault }));
  const cat = new Map(categories.map((e) => [e.id, e]));
  const rel = new Map(relationKinds.map((e) => [e.id, e]));
  const encoding = mapEncoding(own);
  return {
    categories,
    relationKinds,
    categoryLabel: (id) => cat.get(id)?.label ?? id,
    categoryColour: encoding.categoryColour,
    relationLabel: (id) => rel.get(id)?.label ?? id,
    relationColour: encoding.relationColour,
  };
}

/** A new, unused id for an entry named `label` ("Buurtsport" → "buurtsport", then "buurtsport-2"). */
export function newEntryId(label: string, taken: readonly { id: string }[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'eigen';
  let id = base;
  for (let n = 2; taken.some((e) => e.id === id); n++) id = `${base}-${n}`;
  return id;
}

/** The map's own vocabulary after changing or adding one entry (only differences from the defaults are kept). */
export function withEntry(own: Vocabulary | undefined, list: keyof Vocabulary, entry: VocabularyEntry): Vocabulary {
  const base: Vocabulary = own ?? { categories: [], relationKinds: [] };
  const entries = base[list].some((e) => e.id === entry.id) ? base[list].map((e) => (e.id === entry.id ? entry : e)) : [...base[list], entry];
  return { ...base, [list]: entries };
}

/** Canvas rules for the map's own colours (placed before selection rules, so selection still shows). */
export function vocabularyRules(vocabulary: MapVocabulary): StylesheetStyle[] {
  const rules: StylesheetStyle[] = [];
  for (const c of vocabulary.categories) {
    if (CATEGORY_COLOUR[c.id] === c.colour) continue;
    rules.push({ selector: `node[category = ${JSON.stringify(c.id)}]`, style: { 'background-color': c.colour, 'border-color': borderColour(c.colour) } });
  }
  for (const r of vocabulary.relationKinds) {
    if (relationStyle(r.id).colour === r.colour) continue;
    rules.push({ selector: `edge[kind = ${JSON.stringify(r.id)}]`, style: { 'line-color': r.colour, 'target-arrow-color': r.colour } });
  }
  return rules;
}
