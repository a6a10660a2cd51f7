import { CATEGORY_SYNONYMS } from '../../../shared/domain/category-words';
import type { ActorKind } from '../../../shared/domain/vocabulary';

/** What one line typed in the quick-add box means. */
export interface QuickActor {
  readonly name: string;
  readonly kind: ActorKind;
  /** The recognised category id, or null when no category word was typed. */
  readonly category: string | null;
  readonly isPerson: boolean;
  readonly tags: readonly string[];
}

/** A category id with the words that name it (its label words, id and synonyms), lower case. */
export interface CategoryWords {
  readonly id: string;
  readonly words: readonly string[];
}

/** Categories whose actors are informal unless the user types `formeel`. */
const INFORMAL_CATEGORIES = new Set(['bewoner', 'bewonersinitiatief']);
/** Categories whose actors are natural persons (personal data). */
const PERSON_CATEGORIES = new Set(['bewoner']);

/** Everyday words for the default categories (shared with imports). */
export { CATEGORY_SYNONYMS } from '../../../shared/domain/category-words';

/** Words too small to mean a category on their own ("en", "of", …). */
const MIN_WORD = 3;

/** Builds the word lists of the categories from their labels (any language) and the synonyms. */
export function categoryWords(categories: readonly { id: string; label: string }[]): CategoryWords[] {
  return categories.map(({ id, label }) => {
    const words = new Set<string>([id.toLowerCase()]);
    for (const w of label.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) if (w.length >= MIN_WORD) words.add(w);
    for (const w of CATEGORY_SYNONYMS[id] ?? []) words.add(w);
    return { id, words: [...words] };
  });
}

function categoryOf(word: string, table: readonly CategoryWords[]): string | null {
  const w = word.toLowerCase();
  return table.find((c) => c.words.includes(w))?.id ?? null;
}

function kindWord(word: string): ActorKind | null {
  const w = word.toLowerCase();
  return w === 'informeel' || w === 'formeel' ? w : null;
}

/**
 * Reads one quick-add line: `Fatima bewoner informeel #huiskamer` → name "Fatima", category
 * bewoner, informal, tag "huiskamer". `#tags` count anywhere. The words `formeel`/`informeel` and
 * category words count at the end of the line; a category word inside the name stays in the name
 * and still sets the category ("Gemeente Utrecht" → category gemeente). The first word is always
 * part of the name. Returns null when no name is left.
 */
export function parseQuickAdd(text: string, table: readonly CategoryWords[]): QuickActor | null {
  const tags: string[] = [];
  const words: string[] = [];
  for (const token of text.trim().split(/\s+/)) {
    if (token.startsWith('#')) {
      const tag = token.slice(1).trim();
      if (tag && !tags.includes(tag)) tags.push(tag.slice(0, 60));
    } else if (token) {
      words.push(token);
    }
  }
  let kind: ActorKind | null = null;
  let category: string | null = null;
  while (words.length > 1) {
    const last = words[words.length - 1] ?? '';
    const k = kindWord(last);
    const c = k ? null : categoryOf(last, table);
    if (k && kind === null) kind = k;
    else if (c && category === null) category = c;
    else break;
    words.pop();
  }
  if (words.length === 1 && kind === null && kindWord(words[0] ?? '')) return null;
  if (category === null) {
    for (const w of words) {
      category = categoryOf(w, table);
      if (category) break;
    }
  }
  const name = words.join(' ').trim();
  if (!name) return null;
  const informal = category !== null && INFORMAL_CATEGORIES.has(category);
  return {
    name: name.slice(0, 200),
    kind: kind ?? (informal ? 'informeel' : 'formeel'),
    category,
    isPerson: category !== null && PERSON_CATEGORIES.has(category),
    tags,
  };
}

/** Normalises a name for the duplicate check: case, accents and spaces do not count. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The existing actor names that the new name duplicates (ignoring case, accents and spaces). */
export function duplicateOf(name: string, existing: readonly { name: string }[]): string | null {
  const key = nameKey(name);
  return existing.find((a) => nameKey(a.name) === key)?.name ?? null;
}
