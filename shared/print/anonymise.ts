import { ACTOR_FIELDS } from '../domain/fields/actor-fields';
import { fieldEntries } from '../domain/fields/field-spec';
import { FREE_TEXT_RELATION_KEYS, IDENTIFYING_ACTOR_KEYS, mapFieldText } from '../domain/fields/field-queries';
import { RELATION_FIELDS } from '../domain/fields/relation-fields';
import type { Actor, MapDocument, Relation } from '../domain/map-document';

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

/** Shortest identifying value (other than a name) that is replaced in free text; shorter ones would mangle words. */
const MIN_IDENTIFYING_LENGTH = 3;

/**
 * A function that replaces every person's name, and every other identifying value of theirs
 * (phone, e-mail, street … as the field table marks them), in free text (a title, a note, an
 * organisation's name such as "Bakkerij Yusuf Demir") by their pseudonym. One combined pattern,
 * longest first, so "Henk de Vries" is not left half-replaced by a shorter name.
 */
export function nameScrubber(doc: MapDocument, names: ReadonlyMap<string, string>): (text: string) => string {
  const byName = new Map<string, string>();
  for (const actor of doc.actors) {
    const pseudonym = names.get(actor.id);
    if (!pseudonym) continue;
    for (const key of IDENTIFYING_ACTOR_KEYS) {
      const value = actor[key];
      const text = typeof value === 'string' ? value.trim() : '';
      const long = key === 'name' ? text.length > 0 : text.length >= MIN_IDENTIFYING_LENGTH;
      if (long && !byName.has(text.toLocaleLowerCase())) byName.set(text.toLocaleLowerCase(), pseudonym);
    }
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
 * The map as an anonymised export shows it (same pseudonyms as the print), driven by the field
 * table: a natural person keeps only fields that are not personal, with the pseudonym as name;
 * free text tied to a person (notes and dates of their relations, texts of meetings they took part
 * in, contact log entries and force field notes about them) is dropped; every person's name and
 * identifying value in any other free text becomes their pseudonym. Every actor and relation gets a
 * fresh id (`actor-1`, `relatie-1` in map order) and every reference follows, so no original id is left.
 */
export function anonymiseDocument(doc: MapDocument, words: PseudonymWords = DUTCH_PSEUDONYMS): MapDocument {
  const names = pseudonyms(doc, words);
  const scrub = nameScrubber(doc, names);
  const actorId = new Map(doc.actors.map((a, i) => [a.id, `actor-${i + 1}`]));
  const freshActor = (id: string): string => actorId.get(id) ?? id;
  const isPerson = (id: string): boolean => names.has(id);
  return {
    ...doc,
    name: scrub(doc.name),
    actors: doc.actors.map((a) => {
      const pseudonym = names.get(a.id);
      const next: Record<string, unknown> = { ...a, id: freshActor(a.id) };
      if (a.parentId) next.parentId = freshActor(a.parentId);
      for (const [key, spec] of fieldEntries(ACTOR_FIELDS)) {
        if (pseudonym && spec.personal) {
          if (spec.initial === undefined) delete next[key];
          else next[key] = spec.initial;
        } else if (spec.freeText) next[key] = mapFieldText(a[key], scrub);
      }
      if (pseudonym) next.name = pseudonym;
      // Built from a valid actor, field by field from the table: the same shape.
      return next as Actor;
    }),
    relations: doc.relations.map((r, i) => {
      const tied = isPerson(r.from) || isPerson(r.to);
      const next: Record<string, unknown> = { ...r, id: `relatie-${i + 1}`, from: freshActor(r.from), to: freshActor(r.to) };
      for (const key of FREE_TEXT_RELATION_KEYS) next[key] = tied ? RELATION_FIELDS[key].initial : mapFieldText(r[key], scrub);
      return next as Relation;
    }),
    meetings: doc.meetings.map((m) => {
      const tied = m.participants.some(isPerson);
      const text = (value: string): string => (tied ? '' : scrub(value));
      return { ...m, participants: m.participants.map(freshActor), title: scrub(m.title), place: text(m.place), goal: text(m.goal), notes: text(m.notes) };
    }),
    contacts: doc.contacts.map((c) =>
      isPerson(c.actorId)
        ? { ...c, actorId: freshActor(c.actorId), text: '', followUp: '' }
        : { ...c, actorId: freshActor(c.actorId), text: scrub(c.text), followUp: scrub(c.followUp) },
    ),
    forceFields: doc.forceFields.map((f) => ({
      ...f,
      question: scrub(f.question),
      entries: f.entries.map((e) => ({ ...e, actorId: freshActor(e.actorId), note: isPerson(e.actorId) ? '' : scrub(e.note) })),
    })),
  };
}
