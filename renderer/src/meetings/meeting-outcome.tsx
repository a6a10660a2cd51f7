import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingOutcomeCommand, type StanceAfter } from '../../../shared/briefing/meeting-outcome';
import type { Command } from '../../../shared/commands/command';
import { STANCE_MAX, STANCE_MIN } from '../../../shared/domain/force-field';
import type { MapDocument } from '../../../shared/domain/map-document';
import type { Meeting } from '../../../shared/domain/meetings';

/** Props: the map, the meeting, and how to run one undoable command. */
export interface MeetingOutcomeProps {
  readonly doc: MapDocument;
  readonly meeting: Meeting;
  readonly run: (command: Command) => Promise<boolean>;
}

const NOT_IN_FIELD = '';
const UNKNOWN = 'unknown';
const STANCES = Array.from({ length: STANCE_MAX - STANCE_MIN + 1 }, (_, i) => STANCE_MIN + i);

const toValue = (stance: StanceAfter | undefined): string => (stance === undefined ? NOT_IN_FIELD : stance === null ? UNKNOWN : String(stance));

/** A key that changes whenever the notes or the participants' stances change (so the form follows undo). */
function outcomeKey(doc: MapDocument, meeting: Meeting): string {
  const field = doc.forceFields.find((f) => f.id === meeting.forceFieldId);
  const stances = meeting.participants.map((id) => toValue(field?.entries.find((e) => e.actorId === id)?.stance));
  return `${meeting.id}|${meeting.forceFieldId ?? ''}|${stances.join(',')}|${meeting.notes}`;
}

/**
 * "Na het overleg": notes, and per participant the stance on the linked question, recorded into the
 * meeting and its force field as one undoable step. The form starts afresh whenever the map changes
 * (also by undo); the message about the last recording stays.
 */
export function MeetingOutcome(props: MeetingOutcomeProps) {
  const [message, setMessage] = useState('');
  const key = outcomeKey(props.doc, props.meeting);
  // Set while our own recording is on its way: the change it makes keeps the message; any other (undo) clears it.
  const recording = useRef(false);
  useEffect(() => {
    if (recording.current) recording.current = false;
    else setMessage('');
  }, [key]);
  const run = async (command: Command): Promise<boolean> => {
    recording.current = true;
    const done = await props.run(command);
    if (!done) recording.current = false;
    return done;
  };
  return <OutcomeForm key={key} {...props} run={run} message={message} setMessage={setMessage} />;
}

function OutcomeForm({ doc, meeting, run, message, setMessage }: MeetingOutcomeProps & { message: string; setMessage: (text: string) => void }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), notes: useId() };
  const field = meeting.forceFieldId ? doc.forceFields.find((f) => f.id === meeting.forceFieldId) : undefined;
  const participants = meeting.participants.flatMap((id) => doc.actors.filter((a) => a.id === id));
  const initial = new Map(participants.map((a) => [a.id, toValue(field?.entries.find((e) => e.actorId === a.id)?.stance)]));
  const [notes, setNotes] = useState(meeting.notes);
  const [choices, setChoices] = useState(initial);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const stances = new Map<string, StanceAfter>();
    for (const [id, value] of choices) {
      if (value === NOT_IN_FIELD || value === initial.get(id)) continue;
      stances.set(id, value === UNKNOWN ? null : Number(value));
    }
    const command = meetingOutcomeCommand(doc, meeting, { notes, stances });
    if (!command) {
      setMessage(t('meetings.outcome.nothing'));
      return;
    }
    if (await run(command)) {
      setMessage(t('meetings.outcome.saved', { count: stances.size, notes: notes !== meeting.notes ? t('meetings.outcome.savedNotes') : '' }));
    }
  };

  const stanceLabel = (value: string): string => t(`forcefield.stanceShort.${value === UNKNOWN ? 'unknown' : value}`);
  return (
    <form className="meeting-outcome" aria-labelledby={ids.heading} onSubmit={(e) => void submit(e)}>
      <h2 id={ids.heading}>{t('meetings.outcome.heading')}</h2>
      <label htmlFor={ids.notes}>{t('meetings.outcome.notes')}</label>
      <textarea id={ids.notes} rows={4} value={notes} onChange={(e) => setNotes(e.target.value)} />
      {field ? (
        <fieldset>
          <legend>{t('meetings.outcome.stances', { question: field.question })}</legend>
          {participants.length === 0 ? <p className="muted">{t('meetings.briefing.noParticipants')}</p> : null}
          <div className="outcome-stances">
            {participants.map((a) => (
              <label key={a.id}>
                <span>{a.name}</span>
                <select
                  aria-label={t('meetings.outcome.stanceOf', { name: a.name })}
                  value={choices.get(a.id) ?? NOT_IN_FIELD}
                  onChange={(e) => setChoices(new Map(choices).set(a.id, e.target.value))}
                >
                  {initial.get(a.id) === NOT_IN_FIELD ? <option value={NOT_IN_FIELD}>{t('meetings.outcome.notInField')}</option> : null}
                  {STANCES.map((s) => (
                    <option key={s} value={String(s)}>
                      {stanceLabel(String(s))}
                    </option>
                  ))}
                  <option value={UNKNOWN}>{stanceLabel(UNKNOWN)}</option>
                </select>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="muted">{t('meetings.outcome.noField')}</p>
      )}
      <div className="outcome-actions">
        <button type="submit" className="button-primary">
          {t('meetings.outcome.save')}
        </button>
        <p role="status" className="muted">
          {message}
        </p>
      </div>
    </form>
  );
}
