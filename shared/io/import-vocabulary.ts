import type { Vocabulary, VocabularyEntry } from '../domain/map-document';
import { DEFAULT_CATEGORIES } from '../domain/vocabulary';
import { distinctCategoryColour } from '../visual/encoding';

/** "vrijwilligers-organisatie" → "Vrijwilligers organisatie": a readable label from a category id. */
export function labelFromId(id: string): string {
  const words = id.replace(/-/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The vocabulary a map needs after an import: its own (if any) plus an entry, with a colour unlike
 * every colour the map already uses, for every category the imported actors use that neither the defaults nor the map know.
 * Null when nothing needs to be added, so a plain import leaves the vocabulary alone.
 */
export function vocabularyForImport(categories: Iterable<string>, own: Vocabulary | undefined): Vocabulary | null {
  const known = new Set<string>([...DEFAULT_CATEGORIES, ...(own?.categories ?? []).map((c) => c.id)]);
  const added: VocabularyEntry[] = [];
  for (const category of categories) {
    if (known.has(category)) continue;
    known.add(category);
    const used = [...(own?.categories ?? []), ...added].map((e) => e.colour);
    added.push({ id: category, label: labelFromId(category), colour: distinctCategoryColour(used) });
  }
  if (added.length === 0) return null;
  return { categories: [...(own?.categories ?? []), ...added], relationKinds: [...(own?.relationKinds ?? [])] };
}
