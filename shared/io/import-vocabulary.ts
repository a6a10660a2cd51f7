import type { Vocabulary, VocabularyEntry } from '../domain/map-document';
import { DEFAULT_CATEGORIES } from '../domain/vocabulary';

/**
 * Colours for categories an import brings that the defaults lack: Paul Tol's colour-blind-safe
 * "vibrant", "light", "bright", "high-contrast" and "pale" colours that the defaults do not use,
 * strongest first. Past these, colours repeat (the legend and labels still tell them apart).
 */
export const EXTRA_CATEGORY_COLOURS = [
  '#0077BB', '#EE7733', '#009988', '#EE3377', '#33BBEE', '#CC3311', '#77AADD', '#44BB99', '#BBCC33', '#AAAA00', '#99DDFF',
  '#4477AA', '#228833', '#CCBB44', '#EE6677', '#AA3377', '#004488', '#DDAA33', '#BB5566', '#BBCCEE', '#CCDDAA', '#FFCCCC',
] as const;

/** "vrijwilligers-organisatie" → "Vrijwilligers organisatie": a readable label from a category id. */
export function labelFromId(id: string): string {
  const words = id.replace(/-/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The vocabulary a map needs after an import: its own (if any) plus an entry, with a colour of its
 * own, for every category the imported actors use that neither the defaults nor the map know.
 * Null when nothing needs to be added, so a plain import leaves the vocabulary alone.
 */
export function vocabularyForImport(categories: Iterable<string>, own: Vocabulary | undefined): Vocabulary | null {
  const known = new Set<string>([...DEFAULT_CATEGORIES, ...(own?.categories ?? []).map((c) => c.id)]);
  const added: VocabularyEntry[] = [];
  for (const category of categories) {
    if (known.has(category)) continue;
    known.add(category);
    const n = (own?.categories.length ?? 0) + added.length;
    added.push({ id: category, label: labelFromId(category), colour: EXTRA_CATEGORY_COLOURS[n % EXTRA_CATEGORY_COLOURS.length] ?? '#BBBBBB' });
  }
  if (added.length === 0) return null;
  return { categories: [...(own?.categories ?? []), ...added], relationKinds: [...(own?.relationKinds ?? [])] };
}
