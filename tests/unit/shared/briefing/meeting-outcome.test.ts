import { describe, expect, it } from 'vitest';
import { meetingOutcomeCommand } from '../../../../shared/briefing/meeting-outcome';
import { applyCommand } from '../../../../shared/commands/apply';
import type { Command } from '../../../../shared/commands/command';
import { createActor } from '../../../../shared/domain/factories';
import { createForceField } from '../../../../shared/domain/force-field';
import { emptyMap, type MapDocument } from '../../../../shared/domain/map-document';
import type { Meeting } from '../../../../shared/domain/meetings';

const meeting: Meeting = { id: 'o1', title: 'Overleg huiskamer', date: '2026-12-03', place: '', goal: '', participants: ['g', 'h', 'w'], forceFieldId: 'f', notes: '' };

function base(): MapDocument {
  const doc = {
    ...emptyMap('m', 'Lindenhof', '2026-01-01T00:00:00.000Z'),
    actors: [createActor({ id: 'g', name: 'Gemeente', influence: 5 }), createActor({ id: 'h', name: 'Huiskamer' }), createActor({ id: 'w', name: 'Woningcorporatie', influence: 4 })],
    meetings: [meeting],
  };
  const field = createForceField('f', 'Huiskamer blijft open', '2026-03-01');
  return { ...doc, forceFields: [{ ...field, entries: [{ actorId: 'g', stance: -1, influence: 5, interest: 3, note: 'twijfelt' }, { actorId: 'h', stance: 2, influence: 2, interest: 5, note: '' }] }] };
}

function run(doc: MapDocument, command: Command): { doc: MapDocument; inverse: Command } {
  const result = applyCommand(doc, command);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('recording what came out of a meeting', () => {
  it('notes and two stance changes go into the meeting and its force field as one step that one undo takes back', () => {
    const doc = base();
    const command = meetingOutcomeCommand(doc, meeting, { notes: 'Gemeente wil eerst cijfers zien.', stances: new Map([['g', 0], ['h', 2], ['w', 1]]) });
    expect(command?.type).toBe('batch');
    const after = run(doc, command!);
    expect(after.doc.meetings[0]?.notes).toBe('Gemeente wil eerst cijfers zien.');
    const entries = after.doc.forceFields[0]?.entries ?? [];
    expect(entries.find((e) => e.actorId === 'g')).toEqual({ actorId: 'g', stance: 0, influence: 5, interest: 3, note: 'twijfelt' });
    expect(entries.find((e) => e.actorId === 'w')).toEqual({ actorId: 'w', stance: 1, influence: 4, interest: 3, note: '' });
    expect(run(after.doc, after.inverse).doc).toEqual(doc);
  });

  it('gives nothing to do when notes and stances are as they were, and ignores stances without a linked force field', () => {
    const doc = base();
    expect(meetingOutcomeCommand(doc, meeting, { notes: '', stances: new Map([['g', -1], ['h', 2]]) })).toBeNull();
    const unlinked = { ...meeting, forceFieldId: null };
    expect(meetingOutcomeCommand(doc, unlinked, { notes: '', stances: new Map([['g', 1]]) })).toBeNull();
    expect(meetingOutcomeCommand(doc, { ...meeting, forceFieldId: 'weg' }, { notes: 'x', stances: new Map([['g', 1]]) })).toEqual({
      type: 'batch',
      commands: [{ type: 'meeting.update', id: 'o1', patch: { notes: 'x' } }],
    });
  });

  it('a stance can be set back to unknown', () => {
    const doc = base();
    const after = run(doc, meetingOutcomeCommand(doc, meeting, { notes: '', stances: new Map([['h', null]]) })!);
    expect(after.doc.forceFields[0]?.entries.find((e) => e.actorId === 'h')?.stance).toBeNull();
  });
});
