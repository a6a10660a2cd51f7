import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS, contactHasContent, type Contact, type ContactKind } from '../../../shared/domain/meetings';
import { FieldError } from '../ui/field-error';
import './contact-fields.css';

/** What the contact fields edit: everything of a contact but its id, actor and done state. */
export type ContactValues = Pick<Contact, 'date' | 'kind' | 'text' | 'followUp' | 'dueDate'>;

/** Empty values for a contact logged today. */
export function blankContact(today: string): ContactValues {
  return { date: today, kind: 'overleg', text: '', followUp: '', dueDate: '' };
}

/** The values trimmed, or the locale key of why they cannot be saved (nothing said). */
export function checkContact(values: ContactValues): { readonly ok: true; readonly values: ContactValues } | { readonly ok: false; readonly error: string } {
  const trimmed = { ...values, text: values.text.trim(), followUp: values.followUp.trim() };
  return contactHasContent(trimmed) ? { ok: true, values: trimmed } : { ok: false, error: 'meetings.contacts.textRequired' };
}

/** Props of {@link ContactFields}. */
export interface ContactFieldsProps {
  readonly values: ContactValues;
  readonly onChange: (values: ContactValues) => void;
  /** Locale key of the message under "Wat is er gebeurd", or null. */
  readonly error: string | null;
}

/** Date, kind, what happened, follow-up and due date of one contact: the log's form and the actor panel's edit share them. */
export function ContactFields({ values, onChange, error }: ContactFieldsProps) {
  const { t } = useTranslation();
  const ids = { date: useId(), kind: useId(), text: useId(), follow: useId(), due: useId(), error: useId() };
  const set = (patch: Partial<ContactValues>) => onChange({ ...values, ...patch });
  return (
    <>
      <div className="meeting-row">
        <div>
          <label htmlFor={ids.date}>{t('meetings.contacts.date')}</label>
          <input id={ids.date} type="date" value={values.date} onChange={(e) => set({ date: e.target.value })} />
        </div>
        <div>
          <label htmlFor={ids.kind}>{t('meetings.contacts.kind')}</label>
          <select id={ids.kind} value={values.kind} onChange={(e) => set({ kind: e.target.value as ContactKind })}>
            {CONTACT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`meetings.contacts.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label htmlFor={ids.text}>{t('meetings.contacts.text')}</label>
      <textarea
        id={ids.text}
        rows={2}
        value={values.text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? ids.error : undefined}
        onChange={(e) => set({ text: e.target.value })}
      />
      <FieldError id={ids.error} message={error ? t(error) : null} />
      <div className="meeting-row">
        <div>
          <label htmlFor={ids.follow}>{t('meetings.contacts.followUp')}</label>
          <input id={ids.follow} value={values.followUp} onChange={(e) => set({ followUp: e.target.value })} />
        </div>
        <div>
          <label htmlFor={ids.due}>{t('meetings.contacts.dueDate')}</label>
          <input id={ids.due} type="date" value={values.dueDate} onChange={(e) => set({ dueDate: e.target.value })} />
        </div>
      </div>
    </>
  );
}
