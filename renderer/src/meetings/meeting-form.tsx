import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { forceFieldChoices } from '../../../shared/briefing/force-field-link';
import type { MapDocument } from '../../../shared/domain/map-document';
import type { Meeting } from '../../../shared/domain/meetings';
import { FieldError } from '../ui/field-error';

/** Props of the meeting form: the map (for participants and force fields), the meeting being edited, and the actions. */
export interface MeetingFormProps {
  readonly doc: MapDocument;
  readonly meeting: Meeting;
  readonly isNew: boolean;
  readonly onSave: (meeting: Meeting) => void;
  readonly onDelete: () => void;
}

/** Title, date, place, goal, participants, optional force field and notes of one meeting. */
export function MeetingForm({ doc, meeting, isNew, onSave, onDelete }: MeetingFormProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<Meeting>(meeting);
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = { title: useId(), date: useId(), place: useId(), goal: useId(), filter: useId(), field: useId(), notes: useId(), error: useId() };
  const choices = useMemo(() => forceFieldChoices(doc), [doc]);
  const collator = useMemo(() => new Intl.Collator(i18n.language, { sensitivity: 'base' }), [i18n.language]);
  const chosen = new Set(draft.participants);
  const needle = filter.trim().toLocaleLowerCase();
  const actors = doc.actors
    .filter((a) => chosen.has(a.id) || a.name.toLocaleLowerCase().includes(needle))
    .sort((a, b) => collator.compare(a.name, b.name));
  const set = (patch: Partial<Meeting>): void => setDraft((d) => ({ ...d, ...patch }));
  const toggle = (id: string, on: boolean): void =>
    set({ participants: on ? [...draft.participants, id] : draft.participants.filter((p) => p !== id) });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (draft.title.trim() === '') {
      setError(t('meetings.form.titleRequired'));
      return;
    }
    setError(null);
    onSave({ ...draft, title: draft.title.trim() });
  };

  return (
    <form className="meeting-form" onSubmit={submit} aria-label={t(isNew ? 'meetings.form.newTitle' : 'meetings.form.editTitle')}>
      <h2>{t(isNew ? 'meetings.form.newTitle' : 'meetings.form.editTitle')}</h2>
      <label htmlFor={ids.title}>{t('meetings.form.title')}</label>
      <input id={ids.title} value={draft.title} aria-invalid={error ? true : undefined} aria-describedby={error ? ids.error : undefined} onChange={(e) => {
          setError(null);
          set({ title: e.target.value });
        }} />
      <FieldError id={ids.error} message={error} />
      <div className="meeting-row">
        <div>
          <label htmlFor={ids.date}>{t('meetings.form.date')}</label>
          <input id={ids.date} type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
        </div>
        <div>
          <label htmlFor={ids.place}>{t('meetings.form.place')}</label>
          <input id={ids.place} value={draft.place} onChange={(e) => set({ place: e.target.value })} />
        </div>
      </div>
      <label htmlFor={ids.goal}>{t('meetings.form.goal')}</label>
      <textarea id={ids.goal} rows={2} value={draft.goal} onChange={(e) => set({ goal: e.target.value })} />
      {choices.length > 0 ? (
        <>
          <label htmlFor={ids.field}>{t('meetings.form.forceField')}</label>
          <select id={ids.field} value={draft.forceFieldId ?? ''} onChange={(e) => set({ forceFieldId: e.target.value || null })}>
            <option value="">{t('meetings.form.noForceField')}</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.question}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <fieldset className="meeting-participants">
        <legend>
          {t('meetings.form.participants')} <span className="muted">({t('meetings.form.chosen', { count: chosen.size })})</span>
        </legend>
        <label htmlFor={ids.filter} className="visually-hidden">
          {t('meetings.form.participantFilter')}
        </label>
        <input id={ids.filter} type="search" placeholder={t('meetings.form.participantFilter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
        <ul className="meeting-participant-list">
          {actors.map((a) => (
            <li key={a.id}>
              <label>
                <input type="checkbox" checked={chosen.has(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} /> {a.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label htmlFor={ids.notes}>{t('meetings.form.notes')}</label>
      <textarea id={ids.notes} rows={3} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
      <div className="meeting-actions">
        <button type="submit" className="button-primary">
          {t('meetings.form.save')}
        </button>
        {!isNew ? (
          <button type="button" className="button-danger" onClick={onDelete}>
            {t('meetings.form.delete')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
