import type { MapDocument, Vocabulary } from '../domain/map-document';
import { DEFAULT_CATEGORIES, DEFAULT_RELATION_KINDS } from '../domain/vocabulary';
import { err, ok, type Result } from '../result';
import type { Command, VocabularyList } from './command';

/** Where a category goes when it is deleted while actors still have it. */
export const CATEGORY_FALLBACK = 'overig';

const BUILT_IN: Readonly<Record<VocabularyList, readonly string[]>> = { categories: DEFAULT_CATEGORIES, relationKinds: DEFAULT_RELATION_KINDS };
const WHAT: Readonly<Record<VocabularyList, string>> = { categories: 'Categorie', relationKinds: 'Soort relatie' };

/** Whether `id` is an entry of the map's vocabulary list (built-in or own). */
function exists(doc: MapDocument, list: VocabularyList, id: string): boolean {
  return BUILT_IN[list].includes(id) || (doc.vocabulary?.[list] ?? []).some((e) => e.id === id);
}

/** How many actors (categories) or relations (relation kinds) use an entry. */
export function usesOf(doc: MapDocument, list: VocabularyList, id: string): number {
  return list === 'categories' ? doc.actors.filter((a) => a.category === id).length : doc.relations.filter((r) => r.kind === id).length;
}

/**
 * Merges the map's own entry `from` into `into` (built-in or own): every actor or relation that
 * had `from` gets `into`, and `from` leaves the vocabulary. Built-in entries cannot be merged
 * away (they can be merged into). The inverse puts back the entry and every actor's or relation's
 * old value: one undo.
 */
export function mergeVocabularyEntry(doc: MapDocument, list: VocabularyList, from: string, into: string): Result<{ doc: MapDocument; inverse: Command }> {
  if (BUILT_IN[list].includes(from)) return err('invalid-input', `${WHAT[list]} "${from}" is ingebouwd; die kan niet weg. Voeg een eigen ${WHAT[list].toLowerCase()} erin samen.`);
  if (!(doc.vocabulary?.[list] ?? []).some((e) => e.id === from)) return err('not-found', `${WHAT[list]} "${from}" staat niet in de woordenlijst van deze kaart.`);
  if (from === into) return err('invalid-input', `${WHAT[list]} "${from}" kan niet in zichzelf worden samengevoegd.`);
  if (!exists(doc, list, into)) return err('not-found', `${WHAT[list]} "${into}" staat niet in de woordenlijst van deze kaart.`);
  const previous = doc.vocabulary ?? null;
  const own = doc.vocabulary as Vocabulary;
  const vocabulary: Vocabulary = { ...own, [list]: own[list].filter((e) => e.id !== from) };
  const back: Command[] = [{ type: 'vocabulary.set', vocabulary: previous }];
  if (list === 'categories') {
    const actors = doc.actors.map((a) => {
      if (a.category !== from) return a;
      back.push({ type: 'actor.update', id: a.id, patch: { category: from } });
      return { ...a, category: into };
    });
    return ok({ doc: { ...doc, actors, vocabulary }, inverse: { type: 'batch', commands: back } });
  }
  const relations = doc.relations.map((r) => {
    if (r.kind !== from) return r;
    back.push({ type: 'relation.update', id: r.id, patch: { kind: from } });
    return { ...r, kind: into };
  });
  return ok({ doc: { ...doc, relations, vocabulary }, inverse: { type: 'batch', commands: back } });
}

/**
 * Deletes the map's own entry `id`. Actors that still have a deleted category move to "overig";
 * a relation kind still in use cannot be deleted (merge it into another kind instead).
 */
export function deleteVocabularyEntry(doc: MapDocument, list: VocabularyList, id: string): Result<{ doc: MapDocument; inverse: Command }> {
  const used = usesOf(doc, list, id);
  if (list === 'relationKinds' && used > 0) {
    return err('conflict', `${WHAT[list]} "${id}" wordt nog door ${used} relatie(s) gebruikt; voeg haar samen met een andere soort.`);
  }
  return mergeVocabularyEntry(doc, list, id, list === 'categories' ? CATEGORY_FALLBACK : (DEFAULT_RELATION_KINDS[0] ?? 'samenwerking'));
}
