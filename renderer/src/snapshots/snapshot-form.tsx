import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../app/use-api';
import { useToast } from '../feedback/toast-context';

/** Today as `YYYY-MM-DD` in local time. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Props of the form: which map, and what to do once a snapshot was taken. */
export interface SnapshotFormProps {
  readonly mapId: string;
  readonly onMade: () => void;
}

/** "Maak momentopname": name, date and note; freezes the whole map in main. */
export function SnapshotForm({ mapId, onMade }: SnapshotFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const toast = useToast();
  const [name, setName] = useState('');
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await api.snapshots.create({ mapId, name, date, note });
    if (!result.ok) {
      toast.error(t('snapshots.form.failed'), result.error);
      return;
    }
    toast.info(t('snapshots.form.made', { name: result.value.name }));
    setName('');
    setNote('');
    onMade();
  };
  return (
    <form className="snapshot-form" onSubmit={(e) => void submit(e)} aria-labelledby="snapshot-form-legend">
      <strong id="snapshot-form-legend">{t('snapshots.form.legend')}</strong>
      <label>
        {t('snapshots.form.name')}{' '}
        <input value={name} required maxLength={200} placeholder={t('snapshots.form.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('snapshots.form.date')} <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
      </label>
      <label className="snapshot-note">
        {t('snapshots.form.note')} <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="button-primary" disabled={name.trim() === ''}>
        {t('snapshots.form.submit')}
      </button>
    </form>
  );
}
