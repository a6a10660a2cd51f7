import type { Actor, MapDocument, Relation } from '../domain/map-document';
import { contactsWith, type Contact, type Meeting } from '../domain/meetings';
import { linkedForceField, type LinkedForceField, type StanceEntry } from './force-field-link';

/** A tie between two participants, seen from one of them. */
export interface ParticipantTie {
  readonly other: Actor;
  readonly relation: Relation;
  readonly tension: boolean;
}

/** Everything the briefing says about one participant. */
export interface BriefingParticipant {
  readonly actor: Actor;
  readonly stance: StanceEntry | null;
  readonly ties: readonly ParticipantTie[];
  /** The newest contacts first, at most three. */
  readonly lastContacts: readonly Contact[];
  readonly openFollowUps: readonly Contact[];
}

/** Someone outside the meeting who is tied to two or more participants: a possible go-between. */
export interface SharedContact {
  readonly actor: Actor;
  readonly participants: readonly Actor[];
}

/** A suggested talking point; the screen words it. */
export type TalkingPoint =
  | { readonly kind: 'tension'; readonly a: Actor; readonly b: Actor }
  | { readonly kind: 'bridge'; readonly via: Actor; readonly a: Actor; readonly b: Actor }
  | { readonly kind: 'introduce'; readonly a: Actor; readonly b: Actor }
  | { readonly kind: 'win'; readonly actor: Actor; readonly stance: number; readonly influence: number }
  | { readonly kind: 'ally'; readonly actor: Actor; readonly stance: number }
  | { readonly kind: 'follow-up'; readonly actor: Actor; readonly contact: Contact };

/** A one- or two-page briefing for a meeting, computed from the map. */
export interface Briefing {
  readonly meeting: Meeting;
  readonly forceField: LinkedForceField | null;
  readonly participants: readonly BriefingParticipant[];
  readonly sharedContacts: readonly SharedContact[];
  /** Ids of the participants and their go-betweens, for the small network. */
  readonly networkIds: ReadonlySet<string>;
  readonly talkingPoints: readonly TalkingPoint[];
}

const TENSION = 'spanning';

/** The open follow-ups across the map (not done, with something to do), soonest due first. */
export function openFollowUps(doc: MapDocument): Contact[] {
  const actors = new Set(doc.actors.map((a) => a.id));
  return doc.contacts
    .filter((c) => !c.done && c.followUp.trim() !== '' && actors.has(c.actorId))
    .sort((a, b) => (a.dueDate || '9999').localeCompare(b.dueDate || '9999'));
}

/** Builds the briefing of a meeting: participants with ties, stances and contacts, go-betweens, talking points. */
export function buildBriefing(doc: MapDocument, meeting: Meeting): Briefing {
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const people = meeting.participants.map((id) => byId.get(id)).filter((a): a is Actor => a !== undefined);
  const inMeeting = new Set(people.map((a) => a.id));
  const forceField = linkedForceField(doc, meeting.forceFieldId);
  const between = (a: string, b: string): Relation[] =>
    doc.relations.filter((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a));

  const participants: BriefingParticipant[] = people.map((actor) => {
    const ties: ParticipantTie[] = [];
    for (const rel of doc.relations) {
      const otherId = rel.from === actor.id ? rel.to : rel.to === actor.id ? rel.from : null;
      const other = otherId && inMeeting.has(otherId) ? byId.get(otherId) : undefined;
      if (other) ties.push({ other, relation: rel, tension: rel.kind === TENSION });
    }
    const contacts = contactsWith(doc.contacts, actor.id);
    return {
      actor,
      stance: forceField?.stances.get(actor.id) ?? null,
      ties,
      lastContacts: contacts.slice(0, 3),
      openFollowUps: contacts.filter((c) => !c.done && c.followUp.trim() !== ''),
    };
  });

  const neighbours = new Map<string, Set<string>>();
  for (const rel of doc.relations) {
    if (rel.kind === TENSION) continue;
    for (const [p, o] of [[rel.from, rel.to], [rel.to, rel.from]] as const) {
      if (inMeeting.has(p) && !inMeeting.has(o)) {
        const set = neighbours.get(o) ?? new Set<string>();
        set.add(p);
        neighbours.set(o, set);
      }
    }
  }
  const sharedContacts: SharedContact[] = [];
  for (const [id, set] of neighbours) {
    const actor = byId.get(id);
    if (actor && set.size >= 2) sharedContacts.push({ actor, participants: people.filter((p) => set.has(p.id)) });
  }
  sharedContacts.sort((a, b) => b.participants.length - a.participants.length || b.actor.influence - a.actor.influence);

  const points: TalkingPoint[] = [];
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const a = people[i];
      const b = people[j];
      if (!a || !b) continue;
      const ties = between(a.id, b.id);
      if (ties.some((r) => r.kind === TENSION)) points.push({ kind: 'tension', a, b });
      else if (ties.length === 0) {
        const via = sharedContacts.find((s) => s.participants.includes(a) && s.participants.includes(b));
        points.push(via ? { kind: 'bridge', via: via.actor, a, b } : { kind: 'introduce', a, b });
      }
    }
  }
  if (forceField) {
    for (const p of participants) {
      if (!p.stance) continue;
      const influence = p.stance.influence ?? p.actor.influence;
      if (p.stance.stance <= 0 && influence >= 3) points.push({ kind: 'win', actor: p.actor, stance: p.stance.stance, influence });
      if (p.stance.stance >= 2) points.push({ kind: 'ally', actor: p.actor, stance: p.stance.stance });
    }
  }
  for (const p of participants) for (const c of p.openFollowUps) points.push({ kind: 'follow-up', actor: p.actor, contact: c });

  return {
    meeting,
    forceField,
    participants,
    sharedContacts: sharedContacts.slice(0, 8),
    networkIds: new Set([...inMeeting, ...sharedContacts.slice(0, 8).map((s) => s.actor.id)]),
    talkingPoints: points,
  };
}
