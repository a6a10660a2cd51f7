import type { Actor, MapDocument } from '../domain/map-document';

/** The words used for anonymous persons; Dutch by default. */
export interface PseudonymWords {
  readonly resident: string;
  readonly keyFigure: string;
}

/** The Dutch words the issue asks for: "Bewoner 1", "Sleutelfiguur 2". */
export const DUTCH_PSEUDONYMS: PseudonymWords = { resident: 'Bewoner', keyFigure: 'Sleutelfiguur' };

/** Whether a person is a sleutelfiguur (by category or tag), otherwise counted as a resident. */
export function isKeyFigure(actor: Actor): boolean {
  const word = /sleutelfiguur/i;
  return word.test(actor.category) || actor.tags.some((tag) => word.test(tag));
}

/**
 * Stable pseudonyms for every natural person on the map, numbered per kind in map order:
 * the same actor gets the same pseudonym everywhere in one print.
 */
export function pseudonyms(doc: MapDocument, words: PseudonymWords = DUTCH_PSEUDONYMS): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  let residents = 0;
  let keyFigures = 0;
  for (const actor of doc.actors) {
    if (!actor.isPerson) continue;
    if (isKeyFigure(actor)) names.set(actor.id, `${words.keyFigure} ${++keyFigures}`);
    else names.set(actor.id, `${words.resident} ${++residents}`);
  }
  return names;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A function that replaces every person's name in free text (a title, a note, an organisation's
 * name such as "Bakkerij Yusuf Demir") by their pseudonym. One combined pattern, longest names
 * first, so "Henk de Vries" is not left half-replaced by a shorter name.
 */
export function nameScrubber(doc: MapDocument, names: ReadonlyMap<string, string>): (text: string) => string {
  const byName = new Map<string, string>();
  for (const actor of doc.actors) {
    const pseudonym = names.get(actor.id);
    const name = actor.name.trim();
    if (pseudonym && name.length > 0 && !byName.has(name.toLocaleLowerCase())) byName.set(name.toLocaleLowerCase(), pseudonym);
  }
  if (byName.size === 0) return (text) => text;
  const pattern = new RegExp([...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'giu');
  return (text) => text.replace(pattern, (match) => byName.get(match.toLocaleLowerCase()) ?? match);
}

/** Replaces every person's name in `text` by their pseudonym (see nameScrubber). */
export function scrubNames(text: string, doc: MapDocument, names: ReadonlyMap<string, string>): string {
  return nameScrubber(doc, names)(text);
}

/** The name an actor is printed with: its pseudonym when anonymising a person, otherwise its name. */
export function printedName(actor: Actor, names: ReadonlyMap<string, string> | null): string {
  return names?.get(actor.id) ?? actor.name;
}
