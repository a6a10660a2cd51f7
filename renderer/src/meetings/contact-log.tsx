import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { openFollowUps } from '../../../shared/briefing/briefing';
import type { Command } from '../../../shared/commands/command';
import { newId } from '../../../shared/domain/ids';
import type { MapDocument } from '../../../shared/domain/map-document';
import { CONTACT_KINDS, type ContactKind } from '../../../shared/domain/meetings';
import { ActorOptions, sortByName, useOptionsReach } from '../ui/actor-options';
import { FieldError } from '../ui/field-error';

/** Props of the contact log: the map and the way to send commands. */
export interface ContactLogProps {
  readonly doc: MapDocument;
  readonly run: (command: Command) => Promise<boolean>;
  readonly today: string;
}

/** Records a contact with an actor (date, kind, what happened, follow-up and due date) and lists open follow-ups. */
export function ContactLog({ doc, run, today }: ContactLogProps) {
  const { t, i18n } = useTranslation();
  const [actorId, setActorId] = useState('');
  const [date, setDate] = useState(today);
  const [kind, setKind] = useState<ContactKind>('overleg');
  const [text, setText] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = { actor: useId(), date: useId(), kind: useId(), text: useId(), follow: useId(), due: useId(), error: useId() };
  const actors = useMemo(() => sortByName(doc.actors, i18n.language), [doc.actors, i18n.language]);
  const actorsReach = useOptionsReach(actors.length);
  const names = useMemo(() => new Map(doc.actors.map((a) => [a.id, a.name])), [doc.actors]);
  const open = openFollowUps(doc);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!actorId) {
      setError(t('meetings.contacts.actorRequired'));
      return;
    }
    setError(null);
    const saved = await run({ type: 'contact.add', contact: { id: newId(), actorId, date, kind, text: text.trim(), followUp: followUp.trim(), dueDate, done: false } });
    if (saved) {
      setText('');
      setFollowUp('');
      setDueDate('');
    }
  };

  return (
    <section className="contact-log" aria-labelledby={ids.actor + '-h'}>
      <h2 id={ids.actor + '-h'}>{t('meetings.contacts.heading')}</h2>
      <form onSubmit={(e) => void submit(e)} className="contact-form">
        <label htmlFor={ids.actor}>{t('meetings.contacts.actor')}</label>
        <select id={ids.actor} value={actorId} aria-invalid={error ? true : undefined} aria-describedby={error ? ids.error : undefined} onFocus={actorsReach.onFocus} onPointerDown={actorsReach.onPointerDown} onChange={(e) => {
          setError(null);
          setActorId(e.target.value);
        }}>
          <option value="">{t('meetings.contacts.chooseActor')}</option>
          <ActorOptions actors={actors} chosen={actorId} all={actorsReach.reached} />
        </select>
        <FieldError id={ids.error} message={error} />
        <div className="meeting-row">
          <div>
            <label htmlFor={ids.date}>{t('meetings.contacts.date')}</label>
            <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </div>
          <div>
            <label htmlFor={ids.kind}>{t('meetings.contacts.kind')}</label>
            <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as ContactKind)}>
              {CONTACT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`meetings.contacts.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label htmlFor={ids.text}>{t('meetings.contacts.text')}</label>
        <textarea id={ids.text} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
        <div className="meeting-row">
          <div>
            <label htmlFor={ids.follow}>{t('meetings.contacts.followUp')}</label>
            <input id={ids.follow} value={followUp} onChange={(e) => setFollowUp(e.target.value)} />
          </div>
          <div>
            <label htmlFor={ids.due}>{t('meetings.contacts.dueDate')}</label>
            <input id={ids.due} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </div>
        </div>
        <button type="submit">{t('meetings.contacts.add')}</button>
      </form>
      <h3>{t('meetings.contacts.open')}</h3>
      {open.length === 0 ? (
        <p className="muted">{t('meetings.contacts.noOpen')}</p>
      ) : (
        <ul className="follow-ups" data-testid="open-follow-ups">
          {open.map((c) => (
            <li key={c.id}>
              <strong>{names.get(c.actorId)}</strong>: {c.followUp}
              {c.dueDate ? (
                <span className={c.dueDate < today ? 'follow-up-due overdue' : 'follow-up-due'}>
                  {' '}
                  ({c.dueDate}
                  {c.dueDate < today ? `, ${t('meetings.contacts.overdue')}` : ''})
                </span>
              ) : null}{' '}
              <button
                type="button"
                className="follow-up-done"
                aria-label={t('meetings.contacts.done', { text: c.followUp })}
                onClick={() => void run({ type: 'contact.update', id: c.id, patch: { done: true } })}
              >
                {t('meetings.contacts.doneButton')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
