import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { openFollowUps } from '../../../shared/briefing/briefing';
import type { Command } from '../../../shared/commands/command';
import { newId } from '../../../shared/domain/ids';
import type { MapDocument } from '../../../shared/domain/map-document';
import { ActorOptions, sortByName, useOptionsReach } from '../ui/actor-options';
import { FieldError } from '../ui/field-error';
import { blankContact, checkContact, ContactFields, type ContactValues } from './contact-fields';

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
  const [values, setValues] = useState<ContactValues>(() => blankContact(today));
  const [actorError, setActorError] = useState<string | null>(null);
  const [textError, setTextError] = useState<string | null>(null);
  const ids = { actor: useId(), error: useId() };
  const actors = useMemo(() => sortByName(doc.actors, i18n.language), [doc.actors, i18n.language]);
  const actorsReach = useOptionsReach(actors.length);
  const names = useMemo(() => new Map(doc.actors.map((a) => [a.id, a.name])), [doc.actors]);
  const open = openFollowUps(doc);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const checked = checkContact(values);
    setActorError(actorId ? null : t('meetings.contacts.actorRequired'));
    setTextError(checked.ok ? null : checked.error);
    if (!actorId || !checked.ok) return;
    const saved = await run({ type: 'contact.add', contact: { id: newId(), actorId, ...checked.values, done: false } });
    if (saved) setValues({ ...blankContact(values.date), kind: values.kind });
  };

  return (
    <section className="contact-log" aria-labelledby={ids.actor + '-h'}>
      <h2 id={ids.actor + '-h'}>{t('meetings.contacts.heading')}</h2>
      <form onSubmit={(e) => void submit(e)} className="contact-form" noValidate>
        <label htmlFor={ids.actor}>{t('meetings.contacts.actor')}</label>
        <select id={ids.actor} value={actorId} aria-invalid={actorError ? true : undefined} aria-describedby={actorError ? ids.error : undefined} onFocus={actorsReach.onFocus} onPointerDown={actorsReach.onPointerDown} onChange={(e) => {
          setActorError(null);
          setActorId(e.target.value);
        }}>
          <option value="">{t('meetings.contacts.chooseActor')}</option>
          <ActorOptions actors={actors} chosen={actorId} all={actorsReach.reached} />
        </select>
        <FieldError id={ids.error} message={actorError} />
        <ContactFields values={values} onChange={(next) => {
          setTextError(null);
          setValues(next);
        }} error={textError} />
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
