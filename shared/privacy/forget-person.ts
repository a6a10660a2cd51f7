import { FREE_TEXT_ACTOR_KEYS, FREE_TEXT_RELATION_KEYS, IDENTIFYING_ACTOR_KEYS, mapFieldText } from '../domain/fields/field-queries';
import type { Actor, MapDocument, Relation } from '../domain/map-document';

/** What replaces a forgotten person's name wherever it was written in free text. */
export const FORGOTTEN_TEXT = '[verwijderd]';

/** What forgetting a person removed from one map document. */
export interface ForgetCounts {
  readonly relations: number;
  readonly forceFieldEntries: number;
  readonly meetings: number;
  readonly contacts: number;
  /** Free-text fields (notes, goals, titles …) in which the name was replaced. */
  readonly texts: number;
}

/** The map without the person, and what was removed. */
export interface Forgotten {
  readonly doc: MapDocument;
  readonly counts: ForgetCounts;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A function that replaces every whole-word occurrence (any letter case) of the given names by
 * FORGOTTEN_TEXT. Names shorter than two letters are ignored (they would mangle ordinary words).
 */
export function forgetScrubber(names: Iterable<string>): (text: string) => string {
  const usable = [...new Set([...names].map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return (text) => text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => (text.length === 0 ? text : text.replace(pattern, FORGOTTEN_TEXT));
}

/**
 * The texts that identify the actor with this id in a document: its name and every other field the
 * field table marks identifying (phone, e-mail, website, street, postcode); none when it is not there.
 */
export function identifyingTextsOf(doc: Pick<MapDocument, 'actors'>, actorId: string): string[] {
  return doc.actors
    .filter((a) => a.id === actorId)
    .flatMap((a) => IDENTIFYING_ACTOR_KEYS.map((key) => a[key]))
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '');
}

/**
 * Removes a person from a map for good (AVG, right to be forgotten): the actor, its relations, its
 * force field entries, its place among meeting participants and its contact log entries; every
 * mention of one of `names` (or of its phone, e-mail, address …) in the remaining free text becomes FORGOTTEN_TEXT. Groups it led lose
 * it as parent. Pure; works whether or not the actor is still in the document (older versions).
 */
export function forgetPersonInDocument(doc: MapDocument, actorId: string, names: Iterable<string>): Forgotten {
  const scrub = forgetScrubber([...names, ...identifyingTextsOf(doc, actorId)]);
  let texts = 0;
  const clean = (text: string): string => {
    const next = scrub(text);
    if (next !== text) texts += 1;
    return next;
  };
  const actors = doc.actors
    .filter((a) => a.id !== actorId)
    .map((a) => {
      const next: Record<string, unknown> = { ...a, ...(a.parentId === actorId ? { parentId: null } : {}) };
      for (const key of FREE_TEXT_ACTOR_KEYS) if (a[key] !== undefined) next[key] = mapFieldText(a[key], clean);
      // The same actor with its free-text fields (from the field table) cleaned.
      return next as Actor;
    });
  const relations = doc.relations
    .filter((r) => r.from !== actorId && r.to !== actorId)
    .map((r) => {
      const next: Record<string, unknown> = { ...r };
      for (const key of FREE_TEXT_RELATION_KEYS) next[key] = mapFieldText(r[key], clean);
      return next as Relation;
    });
  let forceFieldEntries = 0;
  const forceFields = doc.forceFields.map((field) => {
    const entries = field.entries.filter((e) => e.actorId !== actorId);
    forceFieldEntries += field.entries.length - entries.length;
    return { ...field, question: clean(field.question), entries: entries.map((e) => ({ ...e, note: clean(e.note) })) };
  });
  let meetings = 0;
  const meetingList = doc.meetings.map((m) => {
    const participants = m.participants.filter((p) => p !== actorId);
    if (participants.length !== m.participants.length) meetings += 1;
    return { ...m, participants, title: clean(m.title), place: clean(m.place), goal: clean(m.goal), notes: clean(m.notes) };
  });
  const contacts = doc.contacts
    .filter((c) => c.actorId !== actorId)
    .map((c) => ({ ...c, text: clean(c.text), followUp: clean(c.followUp) }));
  const name = clean(doc.name);
  return {
    doc: { ...doc, name, actors, relations, forceFields, meetings: meetingList, contacts },
    counts: {
      relations: doc.relations.length - relations.length,
      forceFieldEntries,
      meetings,
      contacts: doc.contacts.length - contacts.length,
      texts,
    },
  };
}

/** Replaces the names in every string of a JSON value (for files that are not a readable map). */
export function scrubJsonStrings(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.map((v) => scrubJsonStrings(v, scrub));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [scrub(k), scrubJsonStrings(v, scrub)]));
  }
  return value;
}
