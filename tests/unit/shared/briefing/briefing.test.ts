import { describe, expect, it } from 'vitest';
import { buildBriefing, openFollowUps } from '../../../../shared/briefing/briefing';
import { forceFieldChoices } from '../../../../shared/briefing/force-field-link';
import type { MapDocument } from '../../../../shared/domain/map-document';
import type { Contact, Meeting } from '../../../../shared/domain/meetings';
import { lindenhofMap } from '../../../helpers/lindenhof-map';

// a1 wijkmanager, a5 Opbouwwerk Samen Sterk, a8 Woningcorporatie, a35 Henk de Vries, a36 Ria Jansen
const meeting: Meeting = {
  id: 'o1', title: 'Liften Lindenflat', date: '2026-12-03', place: 'Buurthuis De Schakel', goal: 'Afspraken over onderhoud',
  participants: ['a1', 'a5', 'a8', 'a35', 'a36'], forceFieldId: 'kv1', notes: '',
};
const contact = (over: Partial<Contact>): Contact => ({
  id: 'c', actorId: 'a35', date: '2026-11-01', kind: 'telefoon', text: 'Gebeld', followUp: '', dueDate: '', done: false, ...over,
});

function withForceField(doc: MapDocument): MapDocument {
  const forceFields = [{ id: 'kv1', question: 'Liften binnen een maand gemaakt', entries: [
    { actorId: 'a8', stance: -1, influence: 5, interest: 3 },
    { actorId: 'a35', stance: 2, influence: 3, interest: 5 },
  ] }];
  return { ...doc, forceFields } as MapDocument;
}

describe('meeting briefing', () => {
  const doc = {
    ...withForceField(lindenhofMap()),
    contacts: [
      contact({ id: 'c1', date: '2026-10-01', text: 'Eerste gesprek' }),
      contact({ id: 'c2', date: '2026-11-15', kind: 'bezoek', text: 'Langs bij de flat', followUp: 'Foto’s liften sturen', dueDate: '2026-11-30' }),
      contact({ id: 'c3', actorId: 'a8', date: '2026-11-10', text: 'Mail', followUp: 'Planning opvragen', dueDate: '2026-11-20', done: true }),
    ],
  };
  const briefing = buildBriefing(doc, meeting);

  it('lists every participant with the ties to the other participants, tensions marked', () => {
    expect(briefing.participants.map((p) => p.actor.name)).toEqual([
      'Gemeente – wijkmanager Lindenhof', 'Opbouwwerk Samen Sterk', 'Woningcorporatie Thuis aan de Linde', 'Henk de Vries', 'Ria Jansen',
    ]);
    const henk = briefing.participants[3];
    expect(henk?.ties.find((t) => t.other.id === 'a8')?.tension).toBe(true);
    expect(briefing.talkingPoints).toContainEqual(expect.objectContaining({ kind: 'tension', a: expect.objectContaining({ id: 'a8' }), b: expect.objectContaining({ id: 'a35' }) }));
  });

  it('shows stance and interest from the linked force field, and suggests whom to win', () => {
    expect(briefing.forceField?.question).toBe('Liften binnen een maand gemaakt');
    expect(briefing.participants[2]?.stance).toMatchObject({ stance: -1, influence: 5, interest: 3 });
    expect(briefing.talkingPoints).toContainEqual(expect.objectContaining({ kind: 'win', stance: -1, influence: 5 }));
    expect(briefing.talkingPoints).toContainEqual(expect.objectContaining({ kind: 'ally', stance: 2 }));
    expect(forceFieldChoices(doc)).toEqual([{ id: 'kv1', question: 'Liften binnen een maand gemaakt' }]);
  });

  it('without a force field shows no stances and no win/ally points', () => {
    const plain = buildBriefing(lindenhofMap(), meeting);
    expect(plain.forceField).toBeNull();
    expect(plain.participants.every((p) => p.stance === null)).toBe(true);
    expect(plain.talkingPoints.some((p) => p.kind === 'win' || p.kind === 'ally')).toBe(false);
  });

  it('finds shared contacts outside the meeting and puts them in the small network', () => {
    expect(briefing.sharedContacts.length).toBeGreaterThan(0);
    for (const shared of briefing.sharedContacts) {
      expect(meeting.participants).not.toContain(shared.actor.id);
      expect(shared.participants.length).toBeGreaterThanOrEqual(2);
      expect(briefing.networkIds.has(shared.actor.id)).toBe(true);
    }
  });

  it('shows the last contacts newest first and open follow-ups as talking points', () => {
    const henk = briefing.participants[3];
    expect(henk?.lastContacts.map((c) => c.id)).toEqual(['c2', 'c1']);
    expect(briefing.talkingPoints).toContainEqual(expect.objectContaining({ kind: 'follow-up', contact: expect.objectContaining({ id: 'c2' }) }));
    expect(openFollowUps(doc).map((c) => c.id)).toEqual(['c2']);
  });

  it('skips a participant whose actor has been removed', () => {
    const gone = buildBriefing(lindenhofMap(), { ...meeting, participants: ['a1', 'weg'] });
    expect(gone.participants).toHaveLength(1);
  });
});
