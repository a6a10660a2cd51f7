import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/apply';
import { commandSchema } from '../../../../shared/commands/command';
import { emptyMap, mapDocumentSchema, type MapDocument } from '../../../../shared/domain/map-document';
import type { Meeting } from '../../../../shared/domain/meetings';

const meeting: Meeting = {
  id: 'o1', title: 'Vierhoek', date: '2026-12-03', place: 'De Ster', goal: 'Huiskamer open houden',
  participants: ['a1', 'a2'], forceFieldId: null, notes: '',
};

function run(doc: MapDocument, command: unknown): MapDocument {
  const parsed = commandSchema.parse(command);
  const result = applyCommand(doc, parsed);
  if (!result.ok) throw new Error(result.error.message);
  const back = applyCommand(result.value.doc, result.value.inverse);
  if (!back.ok) throw new Error(back.error.message);
  expect(back.value.doc).toEqual(doc);
  return result.value.doc;
}

describe('meetings and the contact log in the map', () => {
  it('loads a map written before meetings existed, with no meetings and no contacts', () => {
    const { meetings: _m, contacts: _c, ...old } = emptyMap('m', 'Oud', 'nu');
    const doc = mapDocumentSchema.parse(old);
    expect(doc.meetings).toEqual([]);
    expect(doc.contacts).toEqual([]);
  });

  it('adds, changes and removes a meeting, each undone by its inverse', () => {
    let doc = run(emptyMap('m', 'Kaart', 'nu'), { type: 'meeting.add', meeting });
    expect(doc.meetings).toEqual([meeting]);
    doc = run(doc, { type: 'meeting.update', id: 'o1', patch: { notes: 'Afspraak: 2e gesprek in januari' } });
    expect(doc.meetings[0]?.notes).toBe('Afspraak: 2e gesprek in januari');
    doc = run(doc, { type: 'meeting.remove', id: 'o1' });
    expect(doc.meetings).toEqual([]);
  });

  it('logs a contact with a follow-up and marks it done, undoably', () => {
    const contact = { id: 'c1', actorId: 'a1', date: '2026-11-20', kind: 'bezoek', text: 'Langs geweest', followUp: 'Offerte sturen', dueDate: '2026-12-01', done: false };
    let doc = run(emptyMap('m', 'Kaart', 'nu'), { type: 'contact.add', contact });
    doc = run(doc, { type: 'contact.update', id: 'c1', patch: { done: true } });
    expect(doc.contacts[0]?.done).toBe(true);
  });

  it('refuses a second meeting with the same id and an update of a missing one', () => {
    const doc = run(emptyMap('m', 'Kaart', 'nu'), { type: 'meeting.add', meeting });
    expect(applyCommand(doc, { type: 'meeting.add', meeting }).ok).toBe(false);
    expect(applyCommand(doc, { type: 'contact.update', id: 'weg', patch: { done: true } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('rejects a contact of an unknown kind at the door', () => {
    expect(commandSchema.safeParse({ type: 'contact.add', contact: { id: 'c', actorId: 'a', date: '', kind: 'fax', text: '', followUp: '', dueDate: '', done: false } }).success).toBe(false);
  });
});
