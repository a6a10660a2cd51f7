import { matchCategory, type CategoryMatchHow, type MatchableEntry } from '../domain/category-synonyms';
import type { Vocabulary } from '../domain/map-document';
import { DEFAULT_CATEGORIES } from '../domain/vocabulary';
import type { DraftActor } from './draft';

/**
 * The user's choices for a file's categories: category as read → vocabulary id to use, or null
 * to keep it as a new category of its own. A category not listed gets the automatic match.
 */
export type CategoryChoices = Readonly<Record<string, string | null>>;

/** One category of the imported file and what it becomes on the map. */
export interface CategoryMapping {
  /** The category as read (a vocabulary-style id, e.g. "online-netwerk"). */
  readonly source: string;
  /** How many imported actors have it. */
  readonly count: number;
  /** The automatic match, or null when the user must decide. */
  readonly match: { readonly id: string; readonly how: CategoryMatchHow } | null;
  /** The vocabulary id the actors get; equal to `source` when it is kept as a new category. */
  readonly target: string;
  /** True when `target` is neither a built-in nor one of the map's own categories (it will be added). */
  readonly isNew: boolean;
  /** True when the user chose (rather than the automatic match). */
  readonly chosen: boolean;
}

/** The entries an import can map onto: the built-in categories and the map's own ones. */
export function matchableCategories(own: Vocabulary | undefined): MatchableEntry[] {
  const ownById = new Map((own?.categories ?? []).map((e) => [e.id, e]));
  const builtIn = DEFAULT_CATEGORIES.map((id) => ({ id, label: ownById.get(id)?.label ?? id }));
  return [...builtIn, ...(own?.categories ?? []).filter((e) => !(DEFAULT_CATEGORIES as readonly string[]).includes(e.id))];
}

/**
 * Maps the categories of imported actors onto the map's vocabulary: the user's choice where there
 * is one, else the automatic match (same name, singular/plural, known synonym), else kept as new.
 * In order of first appearance in the file.
 */
export function mapCategories(actors: readonly DraftActor[], own: Vocabulary | undefined, choices: CategoryChoices = {}): CategoryMapping[] {
  const counts = new Map<string, number>();
  for (const a of actors) {
    const c = a.fields.category;
    if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const entries = matchableCategories(own);
  const known = new Set(entries.map((e) => e.id));
  return [...counts].map(([source, count]) => {
    const match = matchCategory(source, entries);
    const choice = Object.hasOwn(choices, source) ? choices[source] : undefined;
    const target = choice === undefined ? (match?.id ?? source) : (choice ?? source);
    return { source, count, match, target, isNew: !known.has(target), chosen: choice !== undefined };
  });
}

/** The draft actors with each category replaced by what the mapping makes of it. */
export function withMappedCategories(actors: readonly DraftActor[], mapping: readonly CategoryMapping[]): DraftActor[] {
  const target = new Map(mapping.map((m) => [m.source, m.target]));
  return actors.map((a) => {
    const c = a.fields.category;
    const to = c === undefined ? undefined : target.get(c);
    return to === undefined || to === c ? a : { ...a, fields: { ...a.fields, category: to } };
  });
}
