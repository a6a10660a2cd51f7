import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/result';
import { useApi } from '../app/use-api';
import { errorText } from '../feedback/error-text';
import { useModal } from '../ui/use-modal';
import { FieldError } from '../ui/field-error';

/** Props of the dialog that asks the passphrase of a locked map. */
export interface UnlockDialogProps {
  readonly mapId: string;
  /** The map's name for the title; a generic title without it. */
  readonly name?: string | undefined;
  readonly onUnlocked: () => void;
  readonly onCancel: () => void;
  /** Another use of the same question (e.g. removing the passphrase): title, intro, button and call. */
  readonly purpose?: {
    readonly title: string;
    readonly intro: string;
    readonly submitLabel: string;
    readonly send: (passphrase: string) => Promise<Result<unknown>>;
  };
}

/** Asks the passphrase of a locked map (or, with `purpose`, before removing it); a wrong one is shown at the field ("Het wachtwoord klopt niet."). */
export function UnlockDialog({ mapId, name, onUnlocked, onCancel, purpose }: UnlockDialogProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const ref = useModal();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length === 0) return;
    setBusy(true);
    const result = purpose ? await purpose.send(passphrase) : await api.map.unlock({ id: mapId, passphrase });
    setBusy(false);
    if (!result.ok) return setProblem(errorText(result.error, t, i18n.language));
    onUnlocked();
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-title`}>{purpose?.title ?? (name === undefined ? t('protect.unlockTitleNoName') : t('protect.unlockTitle', { name }))}</h2>
        <p id={`${id}-intro`}>{purpose?.intro ?? t('protect.unlockIntro')}</p>
        <div className="field">
          <label htmlFor={`${id}-pass`}>{t('protect.unlockField')}</label>
          <input
            id={`${id}-pass`}
            type="password"
            autoComplete="current-password"
            autoFocus
            value={passphrase}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => {
              setPassphrase(e.target.value);
              setProblem(null);
            }}
          />
          <FieldError id={`${id}-problem`} message={problem} />
        </div>
        <div className="form-actions dialog-actions">
          <button type="button" className="button-quiet" onClick={onCancel}>
            {t('protect.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={busy || passphrase.length === 0}>
            {busy ? t('protect.busy') : (purpose?.submitLabel ?? t('protect.unlock'))}
          </button>
        </div>
      </form>
    </dialog>
  );
}
