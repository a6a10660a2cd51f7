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
 * Replaces every person's name in free text (a title, a note) by their pseudonym, longest names
 * first, so "Henk de Vries" is not left half-replaced by a shorter name.
 */
export function scrubNames(text: string, doc: MapDocument, names: ReadonlyMap<string, string>): string {
  const persons = doc.actors.filter((a) => names.has(a.id) && a.name.trim().length > 0);
  persons.sort((a, b) => b.name.length - a.name.length);
  let out = text;
  for (const person of persons) {
    out = out.replace(new RegExp(escapeRegExp(person.name.trim()), 'giu'), names.get(person.id) ?? '');
  }
  return out;
}

/** The name an actor is printed with: its pseudonym when anonymising a person, otherwise its name. */
export function printedName(actor: Actor, names: ReadonlyMap<string, string> | null): string {
  return names?.get(actor.id) ?? actor.name;
}
