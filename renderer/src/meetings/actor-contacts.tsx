import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../../shared/commands/command';
import { newId } from '../../../shared/domain/ids';
import { contactsWith, type Contact } from '../../../shared/domain/meetings';
import { blankContact, checkContact, ContactFields, type ContactValues } from './contact-fields';
import './actor-contacts.css';

/** Props of the contact history in an actor's panel. */
export interface ActorContactsProps {
  readonly contacts: readonly Contact[];
  readonly actorId: string;
  readonly run: (command: Command) => Promise<boolean>;
  readonly today: string;
}

/** A contact being written: a new one for this actor, or an existing one by id. */
type Draft = { readonly id: string | null; readonly values: ContactValues; readonly done: boolean; readonly error: string | null };

/**
 * The actor's contact history in its side panel, newest first: what happened, the follow-up and
 * whether it is done. Each entry can be edited, marked done and deleted (Ctrl+Z brings it back);
 * a new contact can be logged here without leaving the map.
 */
export function ActorContacts({ contacts, actorId, run, today }: ActorContactsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const history = useMemo(() => contactsWith(contacts, actorId), [contacts, actorId]);
  const [draft, setDraft] = useState<Draft | null>(null);

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!draft) return;
    const checked = checkContact(draft.values);
    if (!checked.ok) {
      setDraft({ ...draft, error: checked.error });
      return;
    }
    const command: Command =
      draft.id === null
        ? { type: 'contact.add', contact: { id: newId(), actorId, ...checked.values, done: false } }
        : { type: 'contact.update', id: draft.id, patch: { ...checked.values, done: draft.done } };
    if (await run(command)) setDraft(null);
  };

  const form = (current: Draft) => (
    <form className="contact-form contact-edit" onSubmit={(e) => void save(e)} noValidate aria-label={t(current.id === null ? 'meetings.contacts.newFor' : 'meetings.contacts.editOne')}>
      <ContactFields values={current.values} onChange={(values) => setDraft({ ...current, values, error: null })} error={current.error} />
      {current.id !== null && current.values.followUp.trim() !== '' ? (
        <label className="checkbox-row">
          <input type="checkbox" checked={current.done} onChange={(e) => setDraft({ ...current, done: e.target.checked })} />
          {t('meetings.contacts.followUpDone')}
        </label>
      ) : null}
      <div className="form-actions">
        <button type="submit">{t('meetings.contacts.save')}</button>
        <button type="button" className="button-quiet" onClick={() => setDraft(null)}>
          {t('meetings.contacts.cancel')}
        </button>
      </div>
    </form>
  );

  return (
    <section className="actor-contacts" aria-labelledby={headingId} data-testid="actor-contacts">
      <div className="section-head">
        <h3 id={headingId}>{t('meetings.contacts.history', { count: history.length })}</h3>
        {draft?.id !== null ? (
          <button type="button" className="button-small" onClick={() => setDraft({ id: null, values: blankContact(today), done: false, error: null })}>
            {t('meetings.contacts.add')}
          </button>
        ) : null}
      </div>
      {draft?.id === null ? form(draft) : null}
      {history.length === 0 && draft?.id !== null ? <p className="muted">{t('meetings.contacts.none')}</p> : null}
      <ol className="contact-history">
        {history.map((c) =>
          draft?.id === c.id ? (
            <li key={c.id}>{form(draft)}</li>
          ) : (
            <li key={c.id} className="contact-entry">
              <p className="contact-meta">
                <time dateTime={c.date}>{c.date}</time> · {t(`meetings.contacts.kinds.${c.kind}`)}
              </p>
              {c.text ? <p className="contact-text">{c.text}</p> : null}
              {c.followUp ? (
                <p className={c.done ? 'contact-follow done' : 'contact-follow'}>
                  {t(c.done ? 'meetings.contacts.followUpWasDone' : 'meetings.contacts.followUpOpen', { text: c.followUp })}
                  {c.dueDate && !c.done ? ` (${c.dueDate < today ? t('meetings.contacts.dueOverdue', { date: c.dueDate }) : t('meetings.contacts.dueOn', { date: c.dueDate })})` : ''}
                </p>
              ) : null}
              <div className="contact-actions">
                {c.followUp && !c.done ? (
                  <button type="button" className="button-small" aria-label={t('meetings.contacts.done', { text: c.followUp })} onClick={() => void run({ type: 'contact.update', id: c.id, patch: { done: true } })}>
                    {t('meetings.contacts.doneButton')}
                  </button>
                ) : null}
                <button type="button" className="button-small button-quiet" aria-label={t('meetings.contacts.editLabel', { date: c.date })} onClick={() => setDraft({ id: c.id, values: { date: c.date, kind: c.kind, text: c.text, followUp: c.followUp, dueDate: c.dueDate }, done: c.done, error: null })}>
                  {t('meetings.contacts.edit')}
                </button>
                <button type="button" className="button-small button-quiet" aria-label={t('meetings.contacts.removeLabel', { date: c.date })} onClick={() => void run({ type: 'contact.remove', id: c.id })}>
                  {t('meetings.contacts.remove')}
                </button>
              </div>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
