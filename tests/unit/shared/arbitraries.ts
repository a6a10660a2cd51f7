import fc from 'fast-check';
import type { Command } from '../../../shared/commands/command';
import { ACTOR_KINDS, DEFAULT_CATEGORIES, DEFAULT_RELATION_KINDS } from '../../../shared/domain/vocabulary';
import type { ForceFieldEntry } from '../../../shared/domain/force-field';
import { emptyMap, type Actor, type MapDocument, type Relation } from '../../../shared/domain/map-document';
import type { Contact, Meeting } from '../../../shared/domain/meetings';

/** A valid actor with the given id. */
export const actorArb = (id: string): fc.Arbitrary<Actor> =>
  fc.record({
    id: fc.constant(id),
    name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
    kind: fc.constantFrom(...ACTOR_KINDS),
    category: fc.constantFrom(...DEFAULT_CATEGORIES),
    isPerson: fc.boolean(),
    influence: fc.integer({ min: 1, max: 5 }),
    area: fc.string({ maxLength: 10 }),
    note: fc.string({ maxLength: 30 }),
    tags: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 }),
    position: fc.option(fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }), { nil: null }),
  });

/** A valid relation with the given id and ends. */
export const relationArb = (id: string, from: string, to: string): fc.Arbitrary<Relation> =>
  fc.record({
    id: fc.constant(id),
    from: fc.constant(from),
    to: fc.constant(to),
    kind: fc.constantFrom(...DEFAULT_RELATION_KINDS),
    strength: fc.integer({ min: 1, max: 3 }),
    directed: fc.boolean(),
    note: fc.string({ maxLength: 20 }),
    since: fc.constantFrom('', '2024', '2025-03'),
  });

/** A valid force-field entry for the given actor. */
export const entryArb = (actorId: string): fc.Arbitrary<ForceFieldEntry> =>
  fc.record({
    actorId: fc.constant(actorId),
    stance: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
    influence: fc.integer({ min: 1, max: 5 }),
    interest: fc.integer({ min: 1, max: 5 }),
    note: fc.string({ maxLength: 10 }),
  });

/** A valid map with up to 8 actors (some in groups), a few relations, force fields, meetings and contacts. */
export const mapArb: fc.Arbitrary<MapDocument> = fc
  .integer({ min: 0, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => actorArb(`a${i}`))))
  .chain((actors) => {
    const pairs = actors.flatMap((a, i) => actors.slice(i + 1).map((b) => [a.id, b.id] as const));
    const rels = pairs.length
      ? fc.uniqueArray(fc.constantFrom(...pairs), { maxLength: 6 }).chain((chosen) =>
          fc.tuple(...chosen.map(([from, to], i) => relationArb(`r${i}`, from, to))),
        )
      : fc.constant([] as Relation[]);
    const entries = fc.uniqueArray(fc.constantFrom(...actors.map((a) => a.id), ''), { maxLength: 4 }).chain((ids) =>
      fc.tuple(...ids.filter((id) => id !== '').map((id) => entryArb(id))),
    );
    const fields = fc.array(entries, { maxLength: 2 }).map((lists) =>
      lists.map((list, i) => ({ id: `f${i}`, question: `Vraag ${i}`, date: '2026-01-01', role: null, position: null, entries: list })),
    );
    // Groups: an actor may sit in an earlier one, so the groups never form a loop.
    const parents = fc.tuple(...actors.map((_, i) => (i === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...actors.slice(0, i).map((a) => a.id)), { nil: null }))));
    const someIds = fc.uniqueArray(fc.constantFrom(...actors.map((a) => a.id), 'weg'), { maxLength: 3 });
    const meetings = fc.array(someIds, { maxLength: 2 }).map((lists) => lists.map((participants, i) => meetingOf(`o${i}`, participants)));
    const contacts = fc.array(fc.constantFrom(...actors.map((a) => a.id), 'weg'), { maxLength: 2 }).map((ids) => ids.map((actorId, i) => contactOf(`c${i}`, actorId)));
    return fc.tuple(rels, fields, parents, meetings, contacts).map(([relations, forceFields, parentIds, meetingList, contactList]) => ({
      ...emptyMap('m1', 'Lindenhof', '2026-01-01T00:00:00.000Z'),
      actors: actors.map((actor, i) => (parentIds[i] ? { ...actor, parentId: parentIds[i] } : actor)),
      relations,
      forceFields,
      meetings: meetingList,
      contacts: contactList,
    }));
  });

/** A meeting with the given id and participants (ids of actors that may since have gone). */
export function meetingOf(id: string, participants: string[]): Meeting {
  return { id, title: 'Overleg', date: '2026-12-01', place: 'Buurthuis', goal: 'Doel', participants, forceFieldId: null, notes: '' };
}

/** A contact-log entry with the given id about the given actor. */
export function contactOf(id: string, actorId: string): Contact {
  return { id, actorId, date: '2026-11-20', kind: 'telefoon', text: 'Gebeld', followUp: '', dueDate: '', done: false };
}

/**
 * Any command against any map: mostly valid ones (ids that exist), some with unknown ids so the
 * failure path is exercised too.
 */
export const commandFor = (doc: MapDocument, depth = 0): fc.Arbitrary<Command> => {
  const actorIds = doc.actors.map((a) => a.id);
  const relationIds = doc.relations.map((r) => r.id);
  const someActor = actorIds.length ? fc.constantFrom(...actorIds, 'ghost') : fc.constant('ghost');
  const someRelation = relationIds.length ? fc.constantFrom(...relationIds, 'ghost') : fc.constant('ghost');
  const fieldIds = doc.forceFields.map((f) => f.id);
  const someField = fieldIds.length ? fc.constantFrom(...fieldIds, 'ghost') : fc.constant('ghost');
  const fresh = fc.uuid();
  const options: fc.Arbitrary<Command>[] = [
    fresh.chain((id) => actorArb(id)).chain((actor) =>
      fc.option(fc.nat({ max: 10 }), { nil: undefined }).map((index) => ({ type: 'actor.add' as const, actor, index })),
    ),
    someActor.map((id) => ({ type: 'actor.remove' as const, id })),
    fc.tuple(someActor, fc.record({ name: fc.constant('Nieuw'), influence: fc.integer({ min: 1, max: 5 }), parentId: fc.option(someActor, { nil: null }) }, { requiredKeys: [] })).map(
      ([id, patch]) => ({ type: 'actor.update' as const, id, patch }),
    ),
    fc.array(fc.tuple(someActor, fc.integer({ min: -100, max: 100 })), { maxLength: 4 }).map((moves) => ({
      type: 'actors.move' as const,
      moves: moves.map(([id, x]) => ({ id, position: { x, y: -x } })),
    })),
    // A relation id may clash with an actor's id (as in files Gephi saved): the store must refuse it.
    fc.tuple(fc.oneof(fresh, someActor), someActor, someActor).chain(([id, from, to]) => relationArb(id, from, to)).map((relation) => ({
      type: 'relation.add' as const,
      relation,
    })),
    fc.tuple(someRelation, fc.integer({ min: 1, max: 3 })).map(([id, strength]) => ({
      type: 'relation.update' as const,
      id,
      patch: { strength },
    })),
    someRelation.map((id) => ({ type: 'relation.remove' as const, id })),
    ...meetingAndContactCommands(doc, someActor),
    mapArb.map((other) => ({ type: 'map.restore' as const, content: { actors: other.actors, relations: other.relations } })),
    fc.tuple(fresh, someActor, fc.option(entryArb('x'), { nil: undefined })).map(([id, actorId, entry]) => ({
      type: 'forcefield.add' as const,
      forceField: { id, question: 'Nieuw', date: '', role: null, position: null, entries: entry ? [{ ...entry, actorId }] : [] },
    })),
    fc.tuple(someField, fc.constantFrom('coach', 'regisseur', null)).map(([id, role]) => ({
      type: 'forcefield.update' as const,
      id,
      patch: { role, question: 'Anders' },
    })),
    fc.tuple(someField, fresh).map(([id, newId]) => ({ type: 'forcefield.duplicate' as const, id, newId, question: 'Later', date: '2027-01-01' })),
    someField.map((id) => ({ type: 'forcefield.remove' as const, id })),
    fc.tuple(someField, someActor).chain(([forceFieldId, actorId]) =>
      entryArb(actorId).map((entry) => ({ type: 'forcefield.entry.set' as const, forceFieldId, entry })),
    ),
    fc.tuple(someField, someActor).map(([forceFieldId, actorId]) => ({ type: 'forcefield.entry.remove' as const, forceFieldId, actorId })),
  ];
  if (depth < 1) {
    options.push(fc.array(commandFor(doc, depth + 1), { maxLength: 3 }).map((commands) => ({ type: 'batch' as const, commands })));
  }
  return fc.oneof(...options);
};

/** Commands on meetings and the contact log: add (fresh or clashing id), update and remove. */
function meetingAndContactCommands(doc: MapDocument, someActor: fc.Arbitrary<string>): fc.Arbitrary<Command>[] {
  const meetingIds = doc.meetings.map((m) => m.id);
  const contactIds = doc.contacts.map((c) => c.id);
  const someMeeting = meetingIds.length ? fc.constantFrom(...meetingIds, 'ghost') : fc.constant('ghost');
  const someContact = contactIds.length ? fc.constantFrom(...contactIds, 'ghost') : fc.constant('ghost');
  return [
    fc.tuple(fc.oneof(fc.uuid(), someMeeting, someActor), fc.array(someActor, { maxLength: 5 })).map(([id, participants]) => ({
      type: 'meeting.add' as const,
      meeting: meetingOf(id, participants),
    })),
    fc.tuple(someMeeting, fc.string({ minLength: 1, maxLength: 8 })).map(([id, notes]) => ({ type: 'meeting.update' as const, id, patch: { notes } })),
    someMeeting.map((id) => ({ type: 'meeting.remove' as const, id })),
    fc.tuple(fc.oneof(fc.uuid(), someContact), someActor).map(([id, actorId]) => ({
      type: 'contact.add' as const,
      contact: contactOf(id, actorId),
    })),
    fc.tuple(someContact, fc.boolean()).map(([id, done]) => ({ type: 'contact.update' as const, id, patch: { done } })),
    someContact.map((id) => ({ type: 'contact.remove' as const, id })),
  ];
}
