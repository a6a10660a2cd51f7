import type { Command } from '../commands/command';
import type { ForceFieldEntry } from '../domain/force-field';
import type { MapDocument } from '../domain/map-document';
import type { Meeting } from '../domain/meetings';

/** A stance after the meeting: −2…+2, or null for "not known". */
export type StanceAfter = number | null;

/** What was recorded after a meeting: the notes and, per actor id, the stance on the linked question. */
export interface MeetingOutcome {
  readonly notes: string;
  readonly stances: ReadonlyMap<string, StanceAfter>;
}

/**
 * The one command that records a meeting's outcome: the notes on the meeting and every stance that
 * differs from the linked force field (an actor not yet in it is added with its own influence and
 * interest 3). A batch, so one Ctrl+Z undoes it all; null when nothing changes.
 */
export function meetingOutcomeCommand(doc: MapDocument, meeting: Meeting, outcome: MeetingOutcome): Command | null {
  const commands: Command[] = [];
  if (outcome.notes !== meeting.notes) commands.push({ type: 'meeting.update', id: meeting.id, patch: { notes: outcome.notes } });
  const field = meeting.forceFieldId ? doc.forceFields.find((f) => f.id === meeting.forceFieldId) : undefined;
  if (field) {
    const actors = new Map(doc.actors.map((a) => [a.id, a]));
    for (const [actorId, stance] of outcome.stances) {
      const actor = actors.get(actorId);
      if (!actor) continue;
      const old = field.entries.find((e) => e.actorId === actorId);
      if (old && old.stance === stance) continue;
      const entry: ForceFieldEntry = old ? { ...old, stance } : { actorId, stance, influence: actor.influence, interest: 3, note: '' };
      commands.push({ type: 'forcefield.entry.set', forceFieldId: field.id, entry });
    }
  }
  return commands.length === 0 ? null : { type: 'batch', commands };
}
