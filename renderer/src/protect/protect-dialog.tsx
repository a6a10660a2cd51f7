import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../app/use-api';
import { errorText } from '../feedback/error-text';
import { useModal } from '../ui/use-modal';

/** Shortest passphrase the store accepts (MIN_PASSPHRASE_LENGTH in electron/store/passphrase-envelope.ts). */
const MIN_LENGTH = 10;

/** Props of the dialog that seals a map with a passphrase. */
export interface ProtectDialogProps {
  readonly mapId: string;
  readonly onDone: (rewritten: { backups: number; snapshots: number }) => void;
  readonly onCancel: () => void;
}

/**
 * "Beveilig met wachtwoord": the passphrase twice, the warning that a lost passphrase loses the
 * map for good, and "Ik begrijp het" — the confirm button works only once that is ticked.
 */
export function ProtectDialog({ mapId, onDone, onCancel }: ProtectDialogProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const ref = useModal();
  const id = useId();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [problem, setProblem] = useState<{ field: 'first' | 'second'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ([...first.normalize('NFC')].length < MIN_LENGTH) return setProblem({ field: 'first', text: t('protect.tooShort') });
    if (first !== second) return setProblem({ field: 'second', text: t('protect.mismatch') });
    setProblem(null);
    setBusy(true);
    const result = await api.map.setPassphrase({ id: mapId, passphrase: first });
    setBusy(false);
    if (!result.ok) return setProblem({ field: 'first', text: errorText(result.error, t, i18n.language) });
    onDone(result.value);
  };

  const fieldProps = (field: 'first' | 'second') => ({
    'aria-invalid': problem?.field === field ? true : undefined,
    'aria-describedby': problem?.field === field ? `${id}-problem` : undefined,
  });
  const problemText = (field: 'first' | 'second') =>
    problem?.field === field ? (
      <p id={`${id}-problem`} className="field-error" role="alert">
        {problem.text}
      </p>
    ) : null;

  return (
    <dialog
      ref={ref}
      className="dialog protect-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-title`}>{t('protect.setTitle')}</h2>
        <p>{t('protect.setIntro')}</p>
        <p className="protect-warning" role="note">
          {t('protect.warning')}
        </p>
        <div className="field">
          <label htmlFor={`${id}-first`}>{t('protect.passphrase')}</label>
          <input id={`${id}-first`} type="password" autoComplete="new-password" autoFocus value={first} onChange={(e) => setFirst(e.target.value)} {...fieldProps('first')} />
          {problemText('first')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-second`}>{t('protect.passphraseAgain')}</label>
          <input id={`${id}-second`} type="password" autoComplete="new-password" value={second} onChange={(e) => setSecond(e.target.value)} {...fieldProps('second')} />
          {problemText('second')}
        </div>
        <label className="protect-understand">
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
          {t('protect.understand')}
        </label>
        <div className="form-actions dialog-actions">
          <button type="button" className="button-quiet" onClick={onCancel}>
            {t('protect.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={!understood || busy || first.length === 0 || second.length === 0}>
            {busy ? t('protect.busy') : t('protect.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
