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

/**
 * The map as an anonymised export shows it (same pseudonyms as the print): every natural person
 * gets their pseudonym as name and loses note and area; every person's name in any other free
 * text (notes, meetings, contacts, force fields, the map name) becomes their pseudonym; the
 * contact log entries about persons and their force field notes are emptied.
 */
export function anonymiseDocument(doc: MapDocument, words: PseudonymWords = DUTCH_PSEUDONYMS): MapDocument {
  const names = pseudonyms(doc, words);
  if (names.size === 0) return doc;
  const scrub = nameScrubber(doc, names);
  return {
    ...doc,
    name: scrub(doc.name),
    actors: doc.actors.map((a) => {
      const pseudonym = names.get(a.id);
      if (pseudonym) return { ...a, name: pseudonym, note: '', area: '', tags: a.tags.map(scrub) };
      return { ...a, name: scrub(a.name), note: scrub(a.note), area: scrub(a.area), tags: a.tags.map(scrub) };
    }),
    relations: doc.relations.map((r) => ({ ...r, note: scrub(r.note), since: scrub(r.since) })),
    meetings: doc.meetings.map((m) => ({ ...m, title: scrub(m.title), place: scrub(m.place), goal: scrub(m.goal), notes: scrub(m.notes) })),
    contacts: doc.contacts.map((c) =>
      names.has(c.actorId) ? { ...c, text: '', followUp: '' } : { ...c, text: scrub(c.text), followUp: scrub(c.followUp) },
    ),
    forceFields: doc.forceFields.map((f) => ({
      ...f,
      question: scrub(f.question),
      entries: f.entries.map((e) => ({ ...e, note: names.has(e.actorId) ? '' : scrub(e.note) })),
    })),
  };
}
